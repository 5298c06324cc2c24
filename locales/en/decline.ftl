### The decline text from D38049, “Relationship with patients/users”, translated.
### Used both in the reader (Block::Template d38049-patients-template) and on the decline screen.
### Arguments: $platform (the social medium), $name (the sender’s name).
### When the user has filled in nothing, the placeholders below are passed as the arguments,
### so that the text reads as in the source.

decline-message =
    Thank you for your request to connect here on { $platform }! Unfortunately, I must decline your offer. It can sometimes be difficult to make good, professional assessments and provide treatment to someone with whom one also has a personal relationship. Employees of Sykehuset Innlandet are generally advised against having current or former patients/users as connections on { $platform }. I hope you will understand.
    Kind regards { $name }
decline-placeholder-platform = <social medium>
# The source lacks the closing “>” here; that is kept.
decline-placeholder-name = <NN
