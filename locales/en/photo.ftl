### Photo check: what a photo gives away, the faces in it, and a clean copy.
### photo-<kind> is a line for each thing the photo carries; photo-<kind>-note says why it matters.
### The rules it rests on: d38049-patients-photos, d38049-colleagues-photos and d38049-netiquette-location.

screen-photo-title = Photo check
nav-photo = Photo
screen-photo-intro = See what a photo gives away before you share it, hide faces and whiteboards for good, and save a clean copy. The photo stays on this screen: it is not saved or sent anywhere.
photo-pick = Choose a photo
photo-pick-hint = A JPEG, PNG or WebP photo from your phone.
photo-gives-away = What this photo carries
photo-received = This is what the copy the app received carries. The original in your gallery may carry more, such as the position, even if it is not listed here. Share the clean copy, and turn off location in your camera so it is not recorded when you take a photo.
photo-camera-tip = How to turn off location in your camera

## Lines

photo-nothing = No metadata found in this copy.
photo-position = Position: { $lat }, { $lon }
photo-position-note = Anyone who downloads the photo can see where it was taken.
photo-taken = Taken: { $when }
photo-camera = Phone or camera: { $camera }
photo-serial = Serial number: { $serial }
photo-name = Name: { $name }
photo-software = Software: { $software }
photo-comment = Comment: { $comment }
photo-thumbnail = A small copy of the original picture is hidden inside the photo.
photo-thumbnail-note = It can show the photo as it was before it was cropped or edited.
photo-xmp = XMP data
photo-xmp-note = Can hold the location, the names of people and the edit history.
photo-iptc = IPTC data
photo-iptc-note = Can hold the photographer's name, the city and a caption.
photo-extra = Another picture or a video is stored with the photo.
photo-time-stamp = A time stamp of when the photo was last changed.
photo-other = { $count ->
        [one] One other metadata field.
       *[other] { $count } other metadata fields.
    }
photo-unreadable = Some metadata could not be read. It is still removed from the clean copy.
photo-too-large = The metadata is too large to read. It is still removed from the clean copy.
photo-colour-profile = Colour profile
photo-colour-profile-note = Kept in the clean copy: it only describes the colours, not your phone or you.

## Faces

photo-faces-looking = Looking for faces …
photo-faces-found = { $count ->
        [0] No faces turned towards the camera were found.
        [one] One face found.
       *[other] { $count } faces found.
    }
photo-faces-ask = Has everyone said yes to the photo being shared? Is any of them a patient or a relative?
photo-faces-limits = The app finds faces turned towards the camera. You must look for faces in profile, screens, whiteboards, name badges and documents yourself.
photo-rules = Read the rules on photos:

## Hidden areas

photo-regions = What will be hidden
photo-region-face = Face { $n }
photo-region-own = Own area { $n }
photo-region-hide = Hide
photo-region-remove = Remove
photo-region-select = Select
photo-add-region = Add an area
photo-add-hint = Drag across the photo, or tap it, to put an area over a whiteboard, a screen, a name badge or a face the app did not find. With the keyboard: add an area, go to "Select" for it, and move it with the arrow keys; with Shift and the arrow keys you change its size.
photo-hidden-how = What is hidden is covered by large squares of one colour each. It cannot be undone.

## Saving

photo-file-name = clean-copy

photo-save = Save a clean copy
photo-saved = The clean copy has been saved.
photo-save-cancelled = Nothing was saved.
photo-copy-carries = The copy now carries:
photo-carries-nothing = No metadata.
photo-carries-profile = No metadata, only the colour profile.
photo-check-another = Check another photo

## Errors

error-photo-not-an-image = The file is not a picture the app can read. Choose a JPEG, PNG or WebP photo.
error-photo-heic = The photo is in the HEIC format, which the app cannot read. Choose it again as a JPEG, or set the iPhone camera to "Most Compatible" (Settings › Camera › Formats).
error-photo-corrupt = The photo is damaged or incomplete and cannot be read. Choose another photo.
error-photo-too-large = The file is larger than { $max_mb } MB. Choose a smaller photo.
error-photo-too-many-pixels = The photo has more than { $max_megapixels } megapixels. Choose a smaller photo.
error-photo-none = No photo is open. Choose a photo first.
