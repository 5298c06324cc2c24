### Ordlisten: de faste engelske oversettelsene av norske begreper.
### I nb er verdien det norske begrepet; i en er den den faste engelske gjengivelsen.
### Rekkefølgen følger GLOSSARY i core/src/content/documents.rs.

glossary-heading = Ordliste
glossary-intro = Den engelske og den nynorske versjonen bruker disse faste oversettelsene av begrepene i bokmålsteksten.
reader-authoritative = Bokmålsteksten er den gjeldende.

## Begreper

glossary-taushetsplikt = taushetsplikt
glossary-lojalitetsplikt = lojalitetsplikt
glossary-ytringsfrihet = ytringsfrihet
glossary-varsling = varsling
glossary-tillitsvalgt = tillitsvalgt
glossary-verneombud = verneombud
glossary-helseforetak = helseforetak
glossary-sivilombudsmannen = Sivilombudsmannen
glossary-andsverkloven = åndsverkloven
glossary-uonskede-hendelser = uønskede hendelser
glossary-parorende = pårørende
glossary-brukere = brukere
glossary-naermeste-leder = nærmeste leder
