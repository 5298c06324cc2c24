### Avslagsteksten frå D38049, «Forholdet til pasientar/brukarar», omsett til nynorsk.
### Blir brukt både i lesaren (Block::Template d38049-patients-template) og på avslagsskjermen.
### Argument: $platform (det sosiale mediet), $name (namnet til den tilsette som avslår).
### Når brukaren ikkje har fylt inn noko, blir plasshaldarane under sende inn som argument,
### slik at teksten blir som i kjelda.

decline-message =
    Takk for førespurnaden om å knyte kontakt her på { $platform }! Dessverre må eg avslå tilbodet ditt. Det kan nokre gonger vere vanskeleg å gjere gode, faglege vurderingar og gi behandling til nokon ein også har eit personleg forhold til. Tilsette i Sykehuset Innlandet blir generelt frårådde å ha noverande eller tidlegare pasientar/brukarar som kontaktar på { $platform }. Eg håpar du har forståing for dette.
    Med venleg helsing { $name }
decline-placeholder-platform = <sosialt medium>
# Kjelda manglar avsluttande «>» her; det er behalde.
decline-placeholder-name = <NN

## The decline screen.

platform-facebook = Facebook
platform-instagram = Instagram
platform-snapchat = Snapchat
platform-tiktok = TikTok
platform-x = X (Twitter)
platform-linkedin = LinkedIn
platform-messenger = Messenger
platform-other = Anna
decline-platform-marker = [teneste]
decline-name-marker = [namnet ditt]
decline-platform-label = Kvar kom førespurnaden?
decline-other-label = Kva teneste?
decline-settings-heading = Namnet ditt og språket i meldinga
decline-name-label = Namnet ditt
decline-name-hint = Namnet ditt står under meldinga. Det blir lagra berre på denne telefonen, og du kan endre eller fjerne det når som helst.
decline-name-clear = Fjern namnet
decline-lang-label = Språk i meldinga
decline-preview = Slik blir meldinga
decline-copy = Kopier meldinga
decline-copied = Kopiert. Lim inn meldinga som svar på førespurnaden.
decline-name-missing = Namnet ditt manglar: skriv det under. Meldinga får «[namnet ditt]» der namnet skal stå.
decline-platform-missing = Skriv kva teneste det gjeld.
decline-confirm-title = Kopiere utan namn?
decline-confirm-text = Meldinga har «[namnet ditt]» i staden for namnet ditt. Hugs å byte det ut før du sender.
decline-confirm-copy = Kopier likevel
decline-confirm-cancel = Avbryt
error-too-long = Teksten er for lang: høgst { $max } teikn.
error-clipboard = Kunne ikkje kopiere til utklippstavla. Merk teksten i førehandsvisinga og kopier han sjølv.
