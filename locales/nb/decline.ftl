### Avslagsteksten fra D38049, «Forholdet til pasienter/brukere», ordrett.
### Brukes både i leseren (Block::Template d38049-patients-template) og på avslagsskjermen.
### Argumenter: $platform (det sosiale mediet), $name (avsenderens navn).
### Når brukeren ikke har fylt inn noe, sendes plassholderne under inn som argumenter,
### slik at teksten blir som i kilden.

decline-message =
    Takk for henvendelsen om å bli satt i forbindelse her på { $platform }! Dessverre må jeg avslå tilbudet ditt. Det kan noen ganger være vanskelig å gjøre gode, faglige vurderinger og gi behandling til noen en også har et personlig forhold til. Ansatte i Sykehuset Innlandet frarådes generelt å ha nåværende eller tidligere pasienter/brukere som forbindelser på { $platform }. Jeg håper du har forståelse for dette.
    Med vennlig hilsen { $name }
decline-placeholder-platform = <sosialt medium>
# Kilden mangler avsluttende «>» her; det er beholdt.
decline-placeholder-name = <NN
