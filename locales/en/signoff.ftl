## "Lest og forstått": the sign-off, its receipt and the re-read notice.

signoff-heading = Read and understood
signoff-intro = When you have read the document, you can confirm that you have read and understood it. The confirmation is stored on this phone only, and you get a receipt you can send to your manager.
signoff-start = Confirm that you have read and understood
signoff-form-title = Confirm read and understood
signoff-name-label = Name
signoff-place-label = Place
signoff-date-label = Date
signoff-signature-label = Signature: type your full name again
signoff-save = Save the confirmation
signoff-cancel = Cancel
signoff-saved = The confirmation is stored on this phone.
signoff-mine = My confirmations
signoff-none = You have not confirmed any documents yet.
signoff-copy-receipt = Copy the receipt
signoff-receipt-copied = The receipt has been copied. Paste it into an email to your manager.
signoff-delete = Delete the confirmation
signoff-delete-confirm = Do you want to delete this confirmation? This cannot be undone.
signoff-delete-yes = Yes, delete
signoff-delete-no = No, keep it
signoff-deleted = The confirmation was deleted.
signoff-reread = There is a newer edition of “{ $title }” (edition { $edition }). You can read it and confirm again. Your earlier confirmation is kept.
signoff-reread-open = Read the new edition
signoff-summary = { $title }, edition { $edition }, { $date }
signoff-receipt =
    Read and understood
    Document: { $title } ({ $number })
    Edition: { $edition }
    Valid from: { $validfrom }
    Name: { $name }
    Place: { $place }
    Date: { $date }
    Record: { $id }
error-required = Fill in this field.
error-signature-mismatch = The signature must be the same name as above.
error-date-in-future = The date cannot be after today.
