## The accessibility statement (tilgjengelighetserklæring).

a11y-open = Accessibility statement
screen-a11y-title = Accessibility statement
screen-a11y-intro = Postvett shall be usable by every employee, including with a screen reader, a keyboard and large text. The app shall meet the requirements of WCAG 2.1 at levels A and AA, as the Norwegian regulation on universal design of ICT requires.
a11y-tested-heading = How the app is tested
a11y-tested-auto = Every screen and state (the checklist at a question and at each verdict, the reader with a search, the decline message with its preview, privacy tips, the shift form, settings, confirmations, dialogs and error notices) is checked automatically with axe-core against WCAG 2.1 A and AA, in Norwegian bokmål, Norwegian nynorsk and English, in light and dark themes.
a11y-tested-layout = It is also checked automatically that nothing scrolls sideways at widths of 360, 390 and 1280 points, that everything you can tap is at least 44 × 44 points, and that text reflows without being cut off at 200 % text size.
a11y-tested-keyboard = On every screen, in every dialog and with the shift form open, real Tab key presses are sent to the app. They check that every button, link and field is reached in reading order, that the focus is always visible and never hidden under the top bar or the menu, and that the “Skip to content” link moves to the content.
a11y-tested-structure = Landmarks, one main heading per screen and language markup are also checked automatically on every screen.
a11y-tested-screenreader = What a screen reader gets from the app is also checked automatically: the accessibility tree that the browser engine builds, both in WebKit (as the Orca screen reader reads it) and in Chromium (the engine of Android's WebView, which TalkBack reads from). On every screen and in every state, in Norwegian bokmål, Norwegian nynorsk and English, the checks are that every button, link and field has a role and a name that contains its visible text; that checked, expanded and invalid are exposed; that the headings have one main heading; that landmarks are named; that dialogs are modal and named by their title; that error messages are tied to their field; that answers and confirmations are announced; that the reading order is the order on the screen; and that text in another language is marked with its language.
a11y-tested-orca = The Orca screen reader is also started against the app and driven with the keys a blind user presses: Tab, Enter, and H for the next heading. The checks are that Orca reads out the checklist's first question with its answers, each new question, a "Don't do this" result, the headings, the name of each screen as it opens, and the confirmation when the decline message has been copied.
a11y-gaps-heading = Known gaps
a11y-gap-screenreader = No one has yet used the app with a screen reader on real phones. VoiceOver on iPhone and TalkBack on Android must be tried by hand. Orca is tried automatically on one path through the app, in Norwegian bokmål; otherwise, what is checked automatically is what the screen readers get, not how they read it out.
a11y-gap-keyboard = No one has yet gone through the app by hand with a keyboard. The keyboard checks above are automated.
a11y-gap-signature = The signature for “read and understood” is typed. There is no drawn signature.
a11y-gap-nynorsk = The nynorsk version is a translation of the bokmål text, which is authoritative. It has been checked against the bokmål text but not yet reviewed by a language consultant.
a11y-feedback-heading = Give feedback
a11y-feedback-text = If you have trouble using the app, we would like to hear about it.
a11y-feedback-unset = The address for feedback is set when the app is built for the health trust, and is missing from this build.
a11y-updated = The statement applies to this version of the app.
