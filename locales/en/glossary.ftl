### The glossary: the fixed English translations of Norwegian terms.
### In nb the value is the Norwegian term; in en it is the fixed English rendering.
### The order follows GLOSSARY in core/src/content/documents.rs.

glossary-heading = Glossary
glossary-intro = The English and the nynorsk versions use these fixed translations of the terms in the Norwegian bokmål text.
reader-authoritative = The Norwegian bokmål text is authoritative. This English text is a translation.

## Terms

glossary-taushetsplikt = duty of confidentiality
glossary-lojalitetsplikt = duty of loyalty
glossary-ytringsfrihet = freedom of expression
glossary-varsling = whistleblowing
glossary-tillitsvalgt = union representative
glossary-verneombud = health and safety representative
glossary-helseforetak = health trust
glossary-sivilombudsmannen = the Parliamentary Ombudsman
glossary-andsverkloven = the Copyright Act
glossary-uonskede-hendelser = incidents
glossary-parorende = relatives
glossary-brukere = service users
glossary-naermeste-leder = line manager
