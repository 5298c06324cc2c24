### Ordlista: dei faste nynorske omsetjingane av bokmålsomgrep.
### I nb er verdien bokmålsomgrepet; i nn er han den faste nynorske forma.
### Rekkjefølgja følgjer GLOSSARY i core/src/content/documents.rs.

glossary-heading = Ordliste
glossary-intro = Den engelske og den nynorske versjonen brukar desse faste omsetjingane av omgrepa i bokmålsteksten.
reader-authoritative = Bokmålsteksten er den gjeldande. Denne nynorskteksten er ei omsetjing.

## Omgrep

glossary-taushetsplikt = teieplikt
glossary-lojalitetsplikt = lojalitetsplikt
glossary-ytringsfrihet = ytringsfridom
glossary-varsling = varsling
glossary-tillitsvalgt = tillitsvald
glossary-verneombud = verneombod
glossary-helseforetak = helseføretak
glossary-sivilombudsmannen = Sivilombodsmannen
glossary-andsverkloven = åndsverklova
glossary-uonskede-hendelser = uønskte hendingar
glossary-parorende = pårørande
glossary-brukere = brukarar
glossary-naermeste-leder = næraste leiar
