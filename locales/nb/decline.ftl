### Avslagsteksten fra D38049, «Forholdet til pasienter/brukere», ordrett.
### Brukes både i leseren (Block::Template d38049-patients-template) og på avslagsskjermen.
### Argumenter: $platform (det sosiale mediet), $name (navnet til den ansatte som avslår).
### Når brukeren ikke har fylt inn noe, sendes plassholderne under inn som argumenter,
### slik at teksten blir som i kilden.

decline-message =
    Takk for henvendelsen om å bli satt i forbindelse her på { $platform }! Dessverre må jeg avslå tilbudet ditt. Det kan noen ganger være vanskelig å gjøre gode, faglige vurderinger og gi behandling til noen en også har et personlig forhold til. Ansatte i Sykehuset Innlandet frarådes generelt å ha nåværende eller tidligere pasienter/brukere som forbindelser på { $platform }. Jeg håper du har forståelse for dette.
    Med vennlig hilsen { $name }
decline-placeholder-platform = <sosialt medium>
# Kilden mangler avsluttende «>» her; det er beholdt.
decline-placeholder-name = <NN

## The decline screen.

platform-facebook = Facebook
platform-instagram = Instagram
platform-snapchat = Snapchat
platform-tiktok = TikTok
platform-x = X (Twitter)
platform-linkedin = LinkedIn
platform-messenger = Messenger
platform-other = Annet
decline-platform-marker = [tjeneste]
decline-name-marker = [ditt navn]
decline-platform-label = Hvor kom forespørselen?
decline-other-label = Hvilken tjeneste?
decline-settings-heading = Navnet ditt og språket i meldingen
decline-name-label = Navnet ditt
decline-name-hint = Navnet ditt står under meldingen. Det lagres bare på denne telefonen, og du kan endre eller fjerne det når som helst.
decline-name-clear = Fjern navnet
decline-lang-label = Språk i meldingen
decline-preview = Slik blir meldingen
decline-copy = Kopier meldingen
decline-copied = Kopiert. Lim inn meldingen som svar på forespørselen.
decline-name-missing = Navnet ditt mangler: skriv det under. Meldingen får «[ditt navn]» der navnet skal stå.
decline-platform-missing = Skriv hvilken tjeneste det gjelder.
decline-confirm-title = Kopiere uten navn?
decline-confirm-text = Meldingen har «[ditt navn]» i stedet for navnet ditt. Husk å bytte det ut før du sender.
decline-confirm-copy = Kopier likevel
decline-confirm-cancel = Avbryt
error-too-long = Teksten er for lang: høyst { $max } tegn.
error-clipboard = Kunne ikke kopiere til utklippstavlen. Merk teksten i forhåndsvisningen og kopier den selv.
