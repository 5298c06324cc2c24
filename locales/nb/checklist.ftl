### «Kan jeg poste dette?»: situasjonene, spørsmålene og resultatet.
### Først velger man hva man skal gjøre (situation-S, med en linje under: situation-S-hint).
### Så kommer bare spørsmålene som gjelder. For hvert spørsmål Q:
### check-Q (spørsmålet), check-Q-counts (en eller to linjer «hva teller», vist mens man svarer),
### og for spørsmål som kan gi en grunn: check-Q-why (hvorfor, etter retningslinjen) og check-Q-do (hva du gjør i stedet).
### Kommentaren over hvert spørsmål sier alvorlighetsgrad (stopp / tenk deg om), hvilket svar som gir den,
### setningen i retningslinjen som gir den, og hvilke avsnitt i guideline.ftl teksten bygger på.
### Sjekklisten sier ikke mer enn retningslinjen.

## Situasjonene

checklist-situation-legend = Hva skal du gjøre?
situation-photo = Et bilde eller en video
situation-photo-hint = som du vil legge ut, dele eller sende
situation-write = Et innlegg eller en kommentar
situation-write-hint = som du vil skrive
situation-react = En reaksjon eller deling
situation-react-hint = når du liker eller deler andres innlegg
situation-message = En melding
situation-message-hint = å sende eller svare på, også i chat og grupper
situation-request = En venne- eller følgeforespørsel
situation-request-hint = som du har fått eller vil sende
situation-question = Et spørsmål om jobben
situation-question-hint = om Sykehuset Innlandet, eller fra en journalist
situation-posted = Noe du alt har lagt ut
situation-posted-hint = et innlegg, et bilde eller en video

## Pasienter og pårørende

# Tenk deg om ved «ja»: «Unngå all omtale av pasienter eller deres pårørende selv om dette gjøres anonymt.»
# Et «ja» eller «usikker» åpner patient-consent og patient-story.
# Bygger på: d38049-patients-confidentiality, guide-confidentiality, d38049-patients-photos, d38049-colleagues-closed-groups, guide-public
check-patient = Viser eller nevner du en pasient eller pårørende?
check-patient-counts =
    Alle du kjenner som pasient eller pårørende gjennom jobben, nå eller før – også bare at noen er eller har vært pasient.
    Det gjelder også anonymt, i bakgrunnen av et bilde, på en skjerm eller tavle, og i lukkede grupper og meldinger: det finnes ingen «indre krets».
check-patient-why = Du bør unngå all omtale av pasienter og pårørende, også anonymt. Selv med samtykke bør du alltid gjøre en selvstendig vurdering.
check-patient-do = Tenk over om du trenger å vise eller nevne dem i det hele tatt, og ta det bort om du er i tvil.

# Stopp ved «nei»: «Taushetsplikten gjelder fullt ut i sammenheng med sosiale medier og skal alltid overholdes.»
# Bygger på: d38049-patients-confidentiality, d38049-patients-consent, guide-confidentiality
check-patient-consent = Har den det gjelder, gitt deg et uttrykkelig samtykke til at du deler akkurat dette?
check-patient-consent-counts =
    Samtykket må være uttrykkelig og komme fra den opplysningene gjelder.
    Et samtykke du er usikker på, er ikke uttrykkelig.
check-patient-consent-why = Taushetsplikten gjelder fullt ut og skal alltid overholdes, også for at noen er eller har vært pasient. Ikke publiser helse- og personopplysninger uten samtykke fra den de gjelder, og husk at kjenner noen igjen saken, er den ikke anonym.
check-patient-consent-do = Ta bort all omtale av pasienten eller den pårørende, og bruk bare bilder der ingen av dem er med, heller ikke i bakgrunnen.

# Stopp ved «ja»: «Ansatte skal ikke fortelle/videreformidle pasient-/brukerhistorier selv i en anonymisert form.»
# Bygger på: d38049-patients-consent
check-patient-story = Forteller du en pasient- eller brukerhistorie, også anonymisert?
check-patient-story-counts =
    En historie om en pasient eller bruker du har møtt gjennom jobben, også når du gjengir noe andre har fortalt.
check-patient-story-why = Pasient- og brukerhistorier skal ikke fortelles eller formidles videre, heller ikke anonymisert.
check-patient-story-do = Ikke fortell historien, og ikke formidle den videre.

# Stopp ved «ja»: «Vi har taushetsplikt om all pasientinformasjon.»
# Bygger på: guide-confidentiality-p1, d38049-patients-confidentiality, d38049-patients-network
check-reaction-patient = Kan liken, kommentaren eller delingen din vise at du kjenner noen som pasient eller pårørende gjennom jobben?
check-reaction-patient-counts =
    For eksempel å like eller dele innlegget til en du har behandlet, eller til en pårørende.
    Også tidligere pasienter: taushetsplikten gjelder også at noen har vært pasient.
check-reaction-patient-why = Taushetsplikten gjelder all pasientinformasjon, også at noen er eller har vært pasient, og en offentlig reaksjon kan vise det.
check-reaction-patient-do = Ikke lik, kommenter eller del det offentlig.

# Tenk deg om ved «ja»: «Ansatte bør ikke kommunisere med pasienter, brukere eller deres pårørende fra en personlig side i sosiale medier.»
# Bygger på: d38049-patients-contact, d38049-patients-network, guide-role
check-patient-contact = Svarer du en pasient, bruker eller pårørende fra den private profilen din?
check-patient-contact-counts =
    Noen du kjenner som pasient, bruker eller pårørende gjennom jobben, nå eller før.
    Å avslå en venneforespørsel høflig med avslagsmeldingen teller ikke.
check-patient-contact-why = Du bør ikke kommunisere med pasienter, brukere eller pårørende fra en personlig side: her er risikoen stor for rollesammenblanding.
check-patient-contact-do = Svar ikke på spørsmål om pasienter eller behandling fra den private profilen din; be dem heller ta kontakt med sykehuset på vanlig måte.

## Venne- og følgeforespørsler

# Tenk deg om ved «ja»: «Som hovedregel bør ansatte ikke ha pasienter og deres pårørende som "venner" på Facebook eller andre sosiale medier …»
# Et «ja» eller «usikker» åpner request-treatment.
# Bygger på: d38049-patients-friends, guide-role, d38049-patients-network
check-request-patient = Kjenner du personen som pasient eller pårørende gjennom jobben, nå eller før?
check-request-patient-counts =
    Det gjelder både en forespørsel du har fått, og en du vil sende.
    Også noen du bare kjenner gjennom et pasientforhold.
check-request-patient-why = Som hovedregel bør du ikke ha pasienter og pårørende som venner, og det anbefales å avslå forespørslene deres høflig. Du bør heller ikke spørre dem selv.
check-request-patient-do = Avslå høflig, gjerne med avslagsmeldingen fra retningslinjen, og unngå å be pasienter eller pårørende om å følge deg eller bli venner.

# Stopp ved «ja»: «… ansatte skal ikke legge dem til som "venn" når de er under behandling …»
# Bygger på: d38049-patients-friends
check-request-treatment = Er personen under behandling hos oss nå, eller pårørende til noen som er det?
check-request-treatment-counts =
    Er du usikker på om behandlingen er over, svar «Usikker».
check-request-treatment-why = Du skal ikke legge til pasienter eller pårørende som venner mens de er under behandling.
check-request-treatment-do = Ikke legg personen til. Avslå høflig, gjerne med avslagsmeldingen fra retningslinjen.

# Tenk deg om ved «ja»: «Vær varsom med forespørsler du som ansatt mottar, de kan inneholde eller lenke til skadelig programvare.»
# Bygger på: d38049-netiquette-requests
check-link = Har forespørselen en lenke eller et vedlegg?
check-link-counts =
    Også i en melding som følger med, og når den ser ut til å komme fra noen du kjenner.
check-link-why = Forespørsler du får som ansatt, kan inneholde eller lenke til skadelig programvare.
check-link-do = Vær varsom: ikke åpne lenken eller vedlegget før du vet hvem det kommer fra.

## Bilder og film

# Ingen alvorlighetsgrad: et «ja» eller «usikker» åpner photo-consent.
# Bygger på: d38049-patients-photos, d38049-colleagues-photos, guide-private
check-others-pictured = Er andre enn deg med på bildet eller videoen, også i bakgrunnen?
check-others-pictured-counts =
    Også folk som bare skimtes, i et speil eller et vindu, og kolleger.
    Er du usikker, se over bildet før du svarer.

# Stopp ved «nei»: «Det er ikke lov å publisere/dele bilder på sosiale medier eller ellers av andre personer uten deres samtykke.»
# Bygger på: d38049-patients-photos, d38049-colleagues-photos, guide-private
check-photo-consent = Har alle de andre sagt tydelig ja til at du deler det?
check-photo-consent-counts =
    Hver og en, også kolleger og alle på et gruppebilde.
    Har noen sagt ja, men angret seg, er svaret nei.
check-photo-consent-why = Det er ikke lov å dele bilder eller film av andre uten samtykke, heller ikke av kolleger eller gruppebilder.
check-photo-consent-do = Spør alle som er med, og vent på et tydelig ja, eller ta dem ut av bildet. Ligger det alt ute, ta det ned.

# Stopp ved «ja»: «Dersom noen har sagt ja til å være med på et bilde, men angrer seg, har man plikt til å fjerne bildet.»
# Bygger på: d38049-patients-photos, d38049-colleagues-photos
check-takedown = Har noen som er med på det, angret seg eller bedt deg ta det ned?
check-takedown-counts =
    Det gjelder bilder og videoer du har lagt ut, også gamle.
check-takedown-why = Har noen sagt ja til å være med på et bilde, men angrer seg, har du plikt til å fjerne det.
check-takedown-do = Ta det ned med en gang.

# Tenk deg om ved «ja»: «Unngå å benytte Sykehuset Innlandets logo, arbeidsantrekk eller på annen måte gi inntrykk av at man representerer Sykehuset Innlandet …»
# Bygger på: d38049-workplace-logo, d38049-workplace-email
check-logo = Viser bildet eller videoen Sykehuset Innlandets logo, eller noen i uniform eller arbeidstøy?
check-logo-counts =
    Det gjelder det du selv legger ut, ikke Sykehuset Innlandets egne innlegg som du deler slik de er.
    Bruker du stillingstittel eller jobb-e-post på profilen din, må det gå tydelig fram at du ikke uttaler deg på vegne av Sykehuset Innlandet.
check-logo-why = Det kan gi inntrykk av at du representerer Sykehuset Innlandet, og bruk av navnet og logoen skal avklares med arbeidsgiver.
check-logo-do = Unngå logo og arbeidstøy når du legger ut noe som privatperson, eller få bruken avklart med arbeidsgiver.

# Tenk deg om ved «ja»: «Vær forsiktig med å legge ut informasjon om deg selv som ansatt som kan misbrukes av andre …»
# Bygger på: d38049-netiquette-personal-info, d38049-netiquette-privacy
check-badge = Viser bildet eller videoen adgangskortet eller navneskiltet ditt?
check-badge-counts =
    Også et kort eller skilt som henger i bakgrunnen.
check-badge-why = Opplysninger om deg som ansatt kan misbrukes av andre, for eksempel til id-tyveri, trakassering eller sosial manipulering.
check-badge-do = Ta et bilde uten kortet og skiltet, og sjekk personverninnstillingene dine.

## Hvor du er

# Tenk deg om ved «ja»: «Vær forsiktig med å legge ut informasjon om deg selv som ansatt som kan misbrukes av andre …»
# Et «ja» eller «usikker» åpner patient-place.
# Bygger på: d38049-netiquette-location, d38049-netiquette-personal-info, d38049-netiquette-privacy
check-location = Viser du hvor eller når du er på jobb – i bildet, i teksten eller med en stedsmerking?
check-location-counts =
    Det gjelder stedet du er på og tidene dine, ikke bare hvem du jobber for.
    Spesielt viktig om du jobber ambulant, utenfor sykehusets områder.
check-location-why = Opplysninger om hvor og når du er på jobb kan misbrukes av andre, og stedstjenester kan spore deg som ansatt når du er på jobb.
check-location-do = Ta bort stedsmerkingen og tidene, og slå av stedstjenester når du er på jobb.

# Stopp ved «ja»: «Taushetsplikten gjelder fullt ut i sammenheng med sosiale medier og skal alltid overholdes.»
# Bygger på: d38049-patients-confidentiality, guide-confidentiality, d38049-netiquette-location
check-patient-place = Kan stedet eller tidspunktet vise hvor en pasient er eller bor?
check-patient-place-counts =
    For eksempel en stedsmerket story fra et oppdrag, et hjemmebesøk eller en ulykke.
    Kan noen, også pasienten selv, kjenne igjen saken, er den ikke anonym.
check-patient-place-why = Taushetsplikten gjelder fullt ut: kan noen kjenne igjen saken ut fra sted og tid, er omtalen ikke anonym.
check-patient-place-do = Ta bort sted og tid som kan vise hvor en pasient er eller bor.

## Kolleger og andre

# Stopp ved «ja»: «Kommunikasjon knyttet til kollegaer skal være i tråd med verdiene kvalitet, trygghet og respekt, både på jobb og utenfor arbeidstiden.»
# Bygger på: d38049-colleagues-environment, guide-ambassador
check-colleague-respect = Gjør du narr av, henger ut eller snakker du nedsettende om en kollega?
check-colleague-respect-counts =
    Også som en spøk, i en lukket gruppe og utenfor arbeidstiden.
check-colleague-respect-why = Det du skriver om kolleger, skal være i tråd med verdiene kvalitet, trygghet og respekt, både på jobb og utenfor arbeidstiden.
check-colleague-respect-do = Ikke gjør det. Uenighet er det som regel best å ta opp med nærmeste leder, eventuelt tillitsvalgt eller verneombud.

# Tenk deg om ved «ja»: «En god regel er ikke å legge ut informasjon og data av andre enn seg selv.»
# Bygger på: d38049-colleagues-environment, guide-private
check-others-info = Deler du personlige opplysninger om noen andre enn deg?
check-others-info-counts =
    For eksempel om helsen, familien eller hvor noen er.
    Å rose kolleger eller arbeidsplassen teller ikke.
check-others-info-why = En god regel er ikke å legge ut informasjon om andre enn deg selv.
check-others-info-do = Skriv helst bare om deg selv.

## Sykehuset Innlandet som arbeidsplass

# Tenk deg om ved «ja»: «Vær forsiktig med å eksponere interne forhold på arbeidsplassen.»
# Bygger på: d38049-workplace-internal, d38049-workplace-active, guide-ambassador
check-internal = Kritiserer du noe på jobben, eller forteller du om problemer der?
check-internal-counts =
    Også når du deler andres innlegg om det.
    Å snakke godt om arbeidsplassen teller ikke.
check-internal-why = Problemer på jobben skal primært tas opp internt, og du har ansvar for ikke unødig å skade arbeidsgiveren eller arbeidsplassens omdømme.
check-internal-do = Ta det opp med nærmeste leder (eventuelt tillitsvalgt eller verneombud), meld det i systemet for uønskede hendelser, eller bruk rutinene for varsling.

# Tenk deg om ved «ja»: «Gjør det klart at man som ansatt uttaler seg på egne vegne, særlig i faglige og politiske spørsmål.»
# Bygger på: d38049-workplace-own-behalf, guide-role
check-opinion = Sier du din mening om et faglig eller politisk spørsmål?
check-opinion-counts =
    For eksempel om behandling, helsepolitikk eller hvordan sykehuset drives.
    Særlig om du er leder: andre kan lett tro at du taler for Sykehuset Innlandet.
check-opinion-why = Andre kan lett tro at du uttaler deg for Sykehuset Innlandet, særlig om du er leder.
check-opinion-do = Si tydelig at det er ditt eget syn, og hold debatten på et saklig nivå.

# Tenk deg om ved «ja»: «Ved bruk av sosiale medier bør ansatte opptre på en slik måte at befolkningens tillit til helsepersonell og helse- og omsorgstjenesten ivaretas»
# Bygger på: d38049-patients-trust, guide-role
check-health-advice = Gir du helseråd på nett, eller sier du noe om helsen til noen?
check-health-advice-counts =
    Også i kommentarer og grupper, og til folk du ikke kjenner.
    Lesere som vet at du jobber i et helseforetak, kan ta det som et faglig råd.
check-health-advice-why = Du bør opptre slik at folks tillit til helsepersonell og helsetjenesten ivaretas, og tenke over hvordan en leser vil oppfatte det når de vet at du jobber i et helseforetak.
check-health-advice-do = Tenk over hvordan det blir lest, og gjør det tydelig at du uttaler deg som privatperson. Det er forskjell på å være behandler og å være privat venn.

# Tenk deg om ved «ja»: «… tenk gjennom om dette er noe man som ansatt bør svare på selv …»
# Bygger på: d38049-workplace-questions, guide-role
check-media = Er det en journalist eller en redaksjon som spør?
check-media-counts =
    Også når de spør på sosiale medier eller i en privat melding.
check-media-why = Du må forholde deg til Sykehuset Innlandets regler for mediekontakt, og helseforetakene har regler for hvem som kan uttale seg på vegne av foretaket.
check-media-do = Tenk gjennom om du bør svare selv, eller om du skal henvise til ledelsen, og følg reglene for mediekontakt.

# Tenk deg om ved «ja»: «… tenk gjennom om dette er noe man som ansatt bør svare på selv …»
# Bygger på: d38049-workplace-questions, guide-role
check-trust-question = Spør de om Sykehuset Innlandet, eller om foretakets syn i en aktuell sak?
check-trust-question-counts =
    Også når en venn spør i en kommentar.
    Spør de bare om jobben din, svar nei.
check-trust-question-why = Får du spørsmål om Sykehuset Innlandet eller foretakets syn, bør du tenke gjennom om du skal svare selv, og helseforetakene har regler for hvem som kan uttale seg på vegne av foretaket.
check-trust-question-do = Tenk gjennom om du bør svare selv, eller om du skal henvise til ledelsen. Svarer du, si tydelig at du uttaler deg på egne vegne.

## Spørsmålsskjermen

checklist-intro-privacy = Svarene dine blir bare på denne skjermen: ingenting lagres eller sendes, og appen spør aldri om teksten eller bildet ditt.
checklist-progress = Spørsmål { $current } av { $total }
checklist-counts = Hva teller?
checklist-read-guideline = Les retningslinjen:

## Svar og navigering

answer-yes = Ja
answer-no = Nei
answer-not-sure = Usikker
checklist-previous = Forrige spørsmål
checklist-back = Tilbake til valgene
checklist-restart = Sjekk noe annet

## Resultat

verdict-stop-title = { $situation ->
        [posted] Ta det ned
       *[other] Ikke gjør dette
    }
verdict-stop-text = { $situation ->
        [posted] Slik det ligger ute nå, bryter det med retningslinjen: se grunnene under og hva du kan gjøre.
       *[other] Ikke gjør det slik det er nå: se grunnene under og hva du kan gjøre i stedet.
    }
verdict-think-title = { $situation ->
        [posted] Tenk over om det skal ligge ute
       *[other] Tenk deg om først
    }
verdict-think-text = { $situation ->
        [posted] Se over punktene under, og rett opp eller ta ned det som trengs.
       *[other] Tenk deg om før du gjør det, og rett opp punktene under.
    }
verdict-ok-title = { $situation ->
        [posted] Sjekklisten finner ikke noe å ta ned
       *[other] Sjekklisten stopper deg ikke
    }
verdict-ok-text = Gjør likevel alltid en selvstendig vurdering, og husk at alt du legger ut, kan bli lest av hvem som helst.

## Grunner

verdict-reasons = Grunner
reason-severity-stop = Stopp
reason-severity-think = Tenk deg om
reason-not-sure = Du var usikker
reason-read-more = Les mer:

## Handlinger

action-decline = Åpne avslagsmeldingen
action-internal = Les om interne veier
action-location = Personvern- og posisjonsinnstillinger
action-media = Les om spørsmål om foretaket og mediekontakt
action-photo-check = Sjekk selve bildet
