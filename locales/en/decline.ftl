### The decline text from D38049, “Relationship with patients/service users”, translated.
### Used both in the reader (Block::Template d38049-patients-template) and on the decline screen.
### Arguments: $platform (the social media platform), $name (the name of the employee who declines).
### When the user has filled in nothing, the placeholders below are passed as the arguments,
### so that the text reads as in the source.

decline-message =
    Thank you for your request to connect here on { $platform }! Unfortunately, I have to decline. It can sometimes be difficult to make good professional judgements and provide treatment for someone you also have a personal relationship with. Staff at Sykehuset Innlandet are generally advised not to have current or former patients or service users as connections on { $platform }. I hope you understand.
    Kind regards, { $name }
decline-placeholder-platform = <social media platform>
# The source lacks the closing “>” here; that is kept.
decline-placeholder-name = <NN

## The decline screen.

platform-facebook = Facebook
platform-instagram = Instagram
platform-snapchat = Snapchat
platform-tiktok = TikTok
platform-x = X (Twitter)
platform-linkedin = LinkedIn
platform-messenger = Messenger
platform-other = Other
decline-platform-marker = [service]
decline-name-marker = [your name]
decline-platform-label = Where did the request come from?
decline-other-label = Which service?
decline-settings-heading = Your name and the language of the message
decline-name-label = Your name
decline-name-hint = Your name goes under the message. It is stored on this phone only, and you can change or remove it at any time.
decline-name-clear = Remove the name
decline-lang-label = Language of the message
decline-preview = Message preview
decline-copy = Copy the message
decline-copied = Copied. Paste the message as your reply to the request.
decline-name-missing = Your name is missing: type it below. The message has “[your name]” where your name should be.
decline-platform-missing = Type which service it is.
decline-confirm-title = Copy without a name?
decline-confirm-text = The message has “[your name]” instead of your name. Remember to replace it before you send.
decline-confirm-copy = Copy anyway
decline-confirm-cancel = Cancel
error-too-long = The text is too long: at most { $max } characters.
error-clipboard = Could not copy to the clipboard. Select the text in the preview and copy it yourself.
