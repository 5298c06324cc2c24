## The accessibility statement (tilgjengelegheitserklæring).

a11y-open = Tilgjengelegheitserklæring
screen-a11y-title = Tilgjengelegheitserklæring
screen-a11y-intro = Postvett skal kunne brukast av alle tilsette, også med skjermlesar, tastatur og stor tekst. Appen skal oppfylle krava i WCAG 2.1 på nivå A og AA, slik forskrift om universell utforming av IKT krev.
a11y-tested-heading = Slik er appen testa
a11y-tested-auto = Kvar skjerm og kvar tilstand (sjekklista ved eit spørsmål og ved kvart svar, lesaren med søk, avslå-meldinga med førehandsvising, personverntips, vaktskjemaet, innstillingar, stadfestingar, dialogar og feilmeldingar) blir kontrollert automatisk med axe-core mot WCAG 2.1 A og AA, på bokmål, nynorsk og engelsk, i lyst og mørkt tema.
a11y-tested-layout = Det blir også kontrollert automatisk at ingenting rullar sidevegs ved 360, 390 og 1280 punkt breidd, at alt som kan trykkjast på, er minst 44 × 44 punkt, og at teksten flyt om utan å bli klipt ved 200 % tekststorleik.
a11y-tested-keyboard = På kvar skjerm, i kvar dialog og med vaktskjemaet ope blir ekte trykk på Tab-tasten sende til appen. Dei kontrollerer at alle knappar, lenkjer og felt blir nådde i leserekkjefølgje, at fokus alltid er synleg og aldri skjult under topplinja eller menyen, og at lenkja «Hopp til innhaldet» flyttar til innhaldet.
a11y-tested-structure = Landemerke, éi hovudoverskrift per skjerm og språkmerking blir også kontrollerte automatisk på kvar skjerm.
a11y-tested-screenreader = Det blir òg kontrollert automatisk kva ein skjermlesar får frå appen: tilgjengetreet som nettlesarmotoren byggjer, både i WebKit (slik skjermlesaren Orca les det) og i Chromium (motoren i WebView på Android, som TalkBack les frå). På kvar skjerm og i kvar tilstand, på bokmål, nynorsk og engelsk, blir det kontrollert at alle knappar, lenkjer og felt har ei rolle og eit namn som inneheld den synlege teksten, at valt, opna og ugyldig blir viste, at overskriftene har éi hovudoverskrift, at landemerka har namn, at dialogar er modale og har tittelen som namn, at feilmeldingar er knytte til feltet sitt, at svar og stadfestingar blir lesne opp, at leserekkjefølgja er den same som på skjermen, og at tekst på eit anna språk er merkt med språket sitt.
a11y-tested-orca = Skjermlesaren Orca blir dessutan starta mot appen og styrt med tastane ein blind brukar trykkjer: Tab, Enter og H for neste overskrift. Det blir kontrollert at Orca les opp det første spørsmålet i sjekklista med svara, kvart nytt spørsmål, eit resultat som seier «Ikkje gjer dette», overskriftene, namnet på skjermen som blir opna, og stadfestinga når avslagsmeldinga er kopiert.
a11y-gaps-heading = Kjende manglar
a11y-gap-screenreader = Ingen har enno brukt appen med skjermlesar på ekte telefonar. VoiceOver på iPhone og TalkBack på Android må prøvast for hand. Orca blir prøvd automatisk på éin veg gjennom appen, på bokmål; elles er det som blir kontrollert automatisk, kva skjermlesarane får, ikkje korleis dei les det opp.
a11y-gap-keyboard = Ingen har enno gått gjennom appen for hand med tastatur. Tastaturkontrollane over er automatiske.
a11y-gap-signature = Underskrifta ved «lese og forstått» blir skriven som tekst. Teikna underskrift finst ikkje.
a11y-gap-nynorsk = Nynorskversjonen er ei omsetjing av bokmålsteksten, som er den gjeldande. Han er kontrollert mot bokmålsteksten, men enno ikkje gjennomgått av ein språkkonsulent.
a11y-feedback-heading = Gi tilbakemelding
a11y-feedback-text = Opplever du problem med å bruke appen, vil vi gjerne høyre om det.
a11y-feedback-unset = Adressa for tilbakemeldingar blir sett når appen blir bygd for helseføretaket, og manglar i denne utgåva.
a11y-updated = Erklæringa gjeld denne versjonen av appen.
