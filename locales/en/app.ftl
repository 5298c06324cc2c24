## The app frame: name, navigation, screens, settings.

app-name = Postvett
app-tagline = Think before you post
skip-to-content = Skip to content
nav-label = Main menu
# The main landmark: one name on every screen (each screen is its own region, named by its title).
main-label = Content
nav-checklist = Check
nav-guideline = Guideline
nav-decline = Decline
nav-tips = Privacy
nav-shift = Shift
settings-open = Settings
back = Back

screen-checklist-title = Can I post this?
screen-checklist-intro = Answer a few short questions before you post and get a clear answer that points to the guideline.
screen-guideline-title = The guideline
screen-guideline-intro = Read the guideline for employees' use of social media and the guide for employees, even offline.
screen-decline-title = Decline a friend request
screen-decline-intro = The guideline's text for declining friend and follow requests from patients and their relatives, ready to copy.
screen-tips-title = Privacy settings
screen-tips-intro = Concrete privacy and location settings for the services you use.
screen-shift-title = Shift reminder
screen-shift-intro = Get a reminder at the start of each shift to turn location services off.
screen-settings-title = Settings
screen-settings-intro = Language and other choices. Everything is stored on this phone only.

settings-language = Language
settings-language-auto = Same as the phone

## Settings: your data (core my_data)

settings-data-heading = Your data
settings-data-text = The app keeps only this, and only on this phone: your choices (language, text size), your name in the decline message, your shifts and reminders, which tips you have ticked, and your confirmations that you have read the guideline. Your checklist answers and the photos you check are never kept.
settings-data-delete = Delete my data
settings-data-delete-confirm = Delete everything the app keeps on this phone? Shifts, reminders, confirmations, your name and your choices will be gone, and this cannot be undone.
settings-data-delete-yes = Delete everything
settings-data-delete-no = Cancel
settings-data-deleted = Your data has been deleted.
settings-data-aside-removed = The copy of the damaged storage has been deleted.
# $date: the day the newest copy goes (date-long); $count: how many copies.
data-set-aside = { $count ->
    [one] A copy of what was saved before the storage was damaged is still on this phone. It will be deleted automatically on { $date }.
   *[other] { $count } copies of what was saved before the storage was damaged are still on this phone. They will be deleted automatically by { $date }.
}
data-set-aside-remove = { $count ->
    [one] Delete the copy now
   *[other] Delete the copies now
}

# This locale's own name, as it is offered in every language picker.
language-name = English

no-tauri = Postvett must be opened as an app. This page does not work on its own in a browser.

## Errors: error-<code> for every code the app can return.

error-title = Something went wrong
error-store-open = The storage on this phone could not be opened. The app works, but your choices will not be saved.
error-store-io = The change could not be saved. Please try again.
error-store-data = Some of what was saved could not be read. The default is used instead.
error-unknown-language = That language is not in the app.
error-invalid-input = That value is not valid.
error-unknown-message = A text is missing from the app.
error-open-link = The address could not be opened here. You can select and copy it and open it yourself.
error-store-recovered = The storage on this phone was damaged and has been reset. Your choices are back to the defaults, and what you had saved (shifts, confirmations) must be entered again.
error-save = The copy could not be saved there. Choose another place.
error-store-locked = The storage is in use by another open Postvett. Close the other one and start the app again.
error-store-corrupt = The storage on this phone is damaged and could not be started afresh. The app uses the defaults until it is next started.
error-store-newer = The storage on this phone was saved by a newer version of Postvett. Update the app to use it. It has not been changed.
error-unknown-link = That address is not in the guideline and will not be opened.
error-unexpected = An unexpected error occurred.
