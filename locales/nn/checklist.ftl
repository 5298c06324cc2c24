### «Kan eg poste dette?»: situasjonane, spørsmåla og resultatet.
### Først vel ein kva ein skal gjere (situation-S, med ei line under: situation-S-hint).
### Så kjem berre spørsmåla som gjeld. For kvart spørsmål Q:
### check-Q (spørsmålet), check-Q-counts (ei eller to liner «kva tel», viste medan ein svarar),
### og for spørsmål som kan gi ein grunn: check-Q-why (kvifor, etter retningslinja) og check-Q-do (kva du gjer i staden).
### Kommentaren over kvart spørsmål seier alvorsgrad (stopp / tenk deg om), kva svar som gir han,
### setninga i retningslinja (bokmål) som gir han, og kva avsnitt i guideline.ftl teksten byggjer på.
### Sjekklista seier ikkje meir enn retningslinja.

## Situasjonane

checklist-situation-legend = Kva skal du gjere?
situation-photo = Eit bilete eller ein video
situation-photo-hint = som du vil leggje ut, dele eller sende
situation-write = Eit innlegg eller ein kommentar
situation-write-hint = som du vil skrive
situation-react = Ein reaksjon eller ei deling
situation-react-hint = når du likar eller deler innlegga til andre
situation-message = Ei melding
situation-message-hint = å sende eller svare på, også i chat og grupper
situation-request = Ein venne- eller følgjeførespurnad
situation-request-hint = som du har fått eller vil sende
situation-question = Eit spørsmål om jobben
situation-question-hint = om Sykehuset Innlandet, eller frå ein journalist
situation-posted = Noko du alt har lagt ut
situation-posted-hint = eit innlegg, eit bilete eller ein video

## Pasientar og pårørande

# Tenk deg om ved «ja»: «Unngå all omtale av pasienter eller deres pårørende selv om dette gjøres anonymt.»
# Eit «ja» eller «usikker» opnar patient-consent og patient-story.
# Byggjer på: d38049-patients-confidentiality, guide-confidentiality, d38049-patients-photos, d38049-colleagues-closed-groups, guide-public
check-patient = Viser eller nemner du ein pasient eller pårørande?
check-patient-counts =
    Alle du kjenner som pasient eller pårørande gjennom jobben, no eller før – også berre at nokon er eller har vore pasient.
    Det gjeld også anonymt, i bakgrunnen på eit bilete, på ein skjerm eller ei tavle, og i lukka grupper og meldingar: det finst ingen «indre krets».
check-patient-why = Du bør unngå all omtale av pasientar og pårørande, også anonymt. Sjølv med samtykke bør du alltid gjere ei sjølvstendig vurdering.
check-patient-do = Tenk over om du treng å vise eller nemne dei i det heile, og ta det bort om du er i tvil.

# Stopp ved «nei»: «Taushetsplikten gjelder fullt ut i sammenheng med sosiale medier og skal alltid overholdes.»
# Byggjer på: d38049-patients-confidentiality, d38049-patients-consent, guide-confidentiality
check-patient-consent = Har den det gjeld, gitt deg eit uttrykkeleg samtykke til at du deler akkurat dette?
check-patient-consent-counts =
    Samtykket må vere uttrykkeleg og kome frå den opplysningane gjeld.
    Eit samtykke du er usikker på, er ikkje uttrykkeleg.
check-patient-consent-why = Teieplikta gjeld fullt ut og skal alltid haldast, også for at nokon er eller har vore pasient. Ikkje publiser helse- og personopplysningar utan samtykke frå den dei gjeld, og hugs at kjenner nokon att saka, er ho ikkje anonym.
check-patient-consent-do = Ta bort all omtale av pasienten eller den pårørande, og bruk berre bilete der ingen av dei er med, heller ikkje i bakgrunnen.

# Stopp ved «ja»: «Ansatte skal ikke fortelle/videreformidle pasient-/brukerhistorier selv i en anonymisert form.»
# Byggjer på: d38049-patients-consent
check-patient-story = Fortel du ei pasient- eller brukarhistorie, også anonymisert?
check-patient-story-counts =
    Ei historie om ein pasient eller brukar du har møtt gjennom jobben, også når du fortel vidare noko andre har fortalt.
check-patient-story-why = Pasient- og brukarhistorier skal ikkje forteljast eller formidlast vidare, heller ikkje anonymiserte.
check-patient-story-do = Ikkje fortel historia, og ikkje formidle ho vidare.

# Stopp ved «ja»: «Vi har taushetsplikt om all pasientinformasjon.»
# Byggjer på: guide-confidentiality-p1, d38049-patients-confidentiality, d38049-patients-network
check-reaction-patient = Kan liken, kommentaren eller delinga di vise at du kjenner nokon som pasient eller pårørande gjennom jobben?
check-reaction-patient-counts =
    Til dømes å like eller dele innlegget til ein du har behandla, eller til ein pårørande.
    Også tidlegare pasientar: teieplikta gjeld også at nokon har vore pasient.
check-reaction-patient-why = Teieplikta gjeld all pasientinformasjon, også at nokon er eller har vore pasient, og ein offentleg reaksjon kan vise det.
check-reaction-patient-do = Ikkje lik, kommenter eller del det offentleg.

# Tenk deg om ved «ja»: «Ansatte bør ikke kommunisere med pasienter, brukere eller deres pårørende fra en personlig side i sosiale medier.»
# Byggjer på: d38049-patients-contact, d38049-patients-network, guide-role
check-patient-contact = Svarar du ein pasient, brukar eller pårørande frå den private profilen din?
check-patient-contact-counts =
    Nokon du kjenner som pasient, brukar eller pårørande gjennom jobben, no eller før.
    Å avslå ein venneførespurnad høfleg med avslagsmeldinga tel ikkje.
check-patient-contact-why = Du bør ikkje kommunisere med pasientar, brukarar eller pårørande frå ei personleg side: her er risikoen stor for rollesamanblanding.
check-patient-contact-do = Svar ikkje på spørsmål om pasientar eller behandling frå den private profilen din; be dei heller ta kontakt med sjukehuset på vanleg måte.

## Venne- og følgjeførespurnader

# Tenk deg om ved «ja»: «Som hovedregel bør ansatte ikke ha pasienter og deres pårørende som "venner" på Facebook eller andre sosiale medier …»
# Eit «ja» eller «usikker» opnar request-treatment.
# Byggjer på: d38049-patients-friends, guide-role, d38049-patients-network
check-request-patient = Kjenner du personen som pasient eller pårørande gjennom jobben, no eller før?
check-request-patient-counts =
    Det gjeld både ein førespurnad du har fått, og ein du vil sende.
    Også nokon du berre kjenner gjennom eit pasientforhold.
check-request-patient-why = Som hovudregel bør du ikkje ha pasientar og pårørande som vener, og det blir tilrådd å avslå førespurnadene deira høfleg. Du bør heller ikkje spørje dei sjølv.
check-request-patient-do = Avslå høfleg, gjerne med avslagsmeldinga frå retningslinja, og unngå å be pasientar eller pårørande om å følgje deg eller bli vener.

# Stopp ved «ja»: «… ansatte skal ikke legge dem til som "venn" når de er under behandling …»
# Byggjer på: d38049-patients-friends
check-request-treatment = Er personen under behandling hos oss no, eller pårørande til nokon som er det?
check-request-treatment-counts =
    Er du usikker på om behandlinga er over, svar «Usikker».
check-request-treatment-why = Du skal ikkje leggje til pasientar eller pårørande som vener medan dei er under behandling.
check-request-treatment-do = Ikkje legg personen til. Avslå høfleg, gjerne med avslagsmeldinga frå retningslinja.

# Tenk deg om ved «ja»: «Vær varsom med forespørsler du som ansatt mottar, de kan inneholde eller lenke til skadelig programvare.»
# Byggjer på: d38049-netiquette-requests
check-link = Har førespurnaden ei lenkje eller eit vedlegg?
check-link-counts =
    Også i ei melding som følgjer med, og når han ser ut til å kome frå nokon du kjenner.
check-link-why = Førespurnader du får som tilsett, kan innehalde eller lenkje til skadeleg programvare.
check-link-do = Ver varsam: ikkje opne lenkja eller vedlegget før du veit kven det kjem frå.

## Bilete og film

# Ingen alvorsgrad: eit «ja» eller «usikker» opnar photo-consent.
# Byggjer på: d38049-patients-photos, d38049-colleagues-photos, guide-private
check-others-pictured = Er andre enn deg med på biletet eller videoen, også i bakgrunnen?
check-others-pictured-counts =
    Også folk som berre så vidt kan skimtast, i ein spegel eller eit vindauge, og kollegaer.
    Er du usikker, sjå over biletet før du svarar.

# Stopp ved «nei»: «Det er ikke lov å publisere/dele bilder på sosiale medier eller ellers av andre personer uten deres samtykke.»
# Byggjer på: d38049-patients-photos, d38049-colleagues-photos, guide-private
check-photo-consent = Har alle dei andre sagt tydeleg ja til at du deler det?
check-photo-consent-counts =
    Kvar og ein, også kollegaer og alle på eit gruppebilete.
    Har nokon sagt ja, men angra seg, er svaret nei.
check-photo-consent-why = Det er ikkje lov å dele bilete eller film av andre utan samtykke, heller ikkje av kollegaer eller gruppebilete.
check-photo-consent-do = Spør alle som er med, og vent på eit tydeleg ja, eller ta dei ut av biletet. Ligg det alt ute, ta det ned.

# Stopp ved «ja»: «Dersom noen har sagt ja til å være med på et bilde, men angrer seg, har man plikt til å fjerne bildet.»
# Byggjer på: d38049-patients-photos, d38049-colleagues-photos
check-takedown = Har nokon som er med på det, angra seg eller bede deg ta det ned?
check-takedown-counts =
    Det gjeld bilete og videoar du har lagt ut, også gamle.
check-takedown-why = Har nokon sagt ja til å vere med på eit bilete, men angrar seg, har du plikt til å fjerne det.
check-takedown-do = Ta det ned med ein gong.

# Tenk deg om ved «ja»: «Unngå å benytte Sykehuset Innlandets logo, arbeidsantrekk eller på annen måte gi inntrykk av at man representerer Sykehuset Innlandet …»
# Byggjer på: d38049-workplace-logo, d38049-workplace-email
check-logo = Viser biletet eller videoen logoen til Sykehuset Innlandet, eller nokon i uniform eller arbeidsklede?
check-logo-counts =
    Det gjeld det du sjølv legg ut, ikkje innlegga til Sykehuset Innlandet som du deler slik dei er.
    Brukar du stillingstittel eller jobb-e-post på profilen din, må det gå tydeleg fram at du ikkje uttalar deg på vegner av Sykehuset Innlandet.
check-logo-why = Det kan gi inntrykk av at du representerer Sykehuset Innlandet, og bruk av namnet og logoen skal avklarast med arbeidsgivaren.
check-logo-do = Unngå logo og arbeidsklede når du legg ut noko som privatperson, eller få bruken avklart med arbeidsgivaren.

# Tenk deg om ved «ja»: «Vær forsiktig med å legge ut informasjon om deg selv som ansatt som kan misbrukes av andre …»
# Byggjer på: d38049-netiquette-personal-info, d38049-netiquette-privacy
check-badge = Viser biletet eller videoen tilgangskortet eller namneskiltet ditt?
check-badge-counts =
    Også eit kort eller skilt som heng i bakgrunnen.
check-badge-why = Opplysningar om deg som tilsett kan misbrukast av andre, til dømes til id-tjuveri, trakassering eller sosial manipulering.
check-badge-do = Ta eit bilete utan kortet og skiltet, og sjekk personverninnstillingane dine.

## Kvar du er

# Tenk deg om ved «ja»: «Vær forsiktig med å legge ut informasjon om deg selv som ansatt som kan misbrukes av andre …»
# Eit «ja» eller «usikker» opnar patient-place.
# Byggjer på: d38049-netiquette-location, d38049-netiquette-personal-info, d38049-netiquette-privacy
check-location = Viser du kvar eller når du er på jobb – i biletet, i teksten eller med ei stadmerking?
check-location-counts =
    Det gjeld staden du er på og tidene dine, ikkje berre kven du jobbar for.
    Spesielt viktig om du jobbar ambulant, utanfor områda til sjukehuset.
check-location-why = Opplysningar om kvar og når du er på jobb kan misbrukast av andre, og stadtenester kan spore deg som tilsett når du er på jobb.
check-location-do = Ta bort stadmerkinga og tidene, og slå av stadtenester når du er på jobb.

# Stopp ved «ja»: «Taushetsplikten gjelder fullt ut i sammenheng med sosiale medier og skal alltid overholdes.»
# Byggjer på: d38049-patients-confidentiality, guide-confidentiality, d38049-netiquette-location
check-patient-place = Kan staden eller tidspunktet vise kvar ein pasient er eller bur?
check-patient-place-counts =
    Til dømes ein stadmerkt story frå eit oppdrag, eit heimebesøk eller ei ulukke.
    Kan nokon, også pasienten sjølv, kjenne att saka, er ho ikkje anonym.
check-patient-place-why = Teieplikta gjeld fullt ut: kan nokon kjenne att saka ut frå stad og tid, er omtalen ikkje anonym.
check-patient-place-do = Ta bort stad og tid som kan vise kvar ein pasient er eller bur.

## Kollegaer og andre

# Stopp ved «ja»: «Kommunikasjon knyttet til kollegaer skal være i tråd med verdiene kvalitet, trygghet og respekt, både på jobb og utenfor arbeidstiden.»
# Byggjer på: d38049-colleagues-environment, guide-ambassador
check-colleague-respect = Gjer du narr av, heng ut eller snakkar du nedsetjande om ein kollega?
check-colleague-respect-counts =
    Også som ein spøk, i ei lukka gruppe og utanfor arbeidstida.
check-colleague-respect-why = Det du skriv om kollegaer, skal vere i tråd med verdiane kvalitet, tryggleik og respekt, både på jobb og utanfor arbeidstida.
check-colleague-respect-do = Ikkje gjer det. Usemje er det som regel best å ta opp med næraste leiar, eventuelt tillitsvald eller verneombod.

# Tenk deg om ved «ja»: «En god regel er ikke å legge ut informasjon og data av andre enn seg selv.»
# Byggjer på: d38049-colleagues-environment, guide-private
check-others-info = Deler du personlege opplysningar om nokon andre enn deg?
check-others-info-counts =
    Til dømes om helsa, familien eller kvar nokon er.
    Å rose kollegaer eller arbeidsplassen tel ikkje.
check-others-info-why = Ein god regel er ikkje å leggje ut informasjon om andre enn deg sjølv.
check-others-info-do = Skriv helst berre om deg sjølv.

## Sykehuset Innlandet som arbeidsplass

# Tenk deg om ved «ja»: «Vær forsiktig med å eksponere interne forhold på arbeidsplassen.»
# Byggjer på: d38049-workplace-internal, d38049-workplace-active, guide-ambassador
check-internal = Kritiserer du noko på jobben, eller fortel du om problem der?
check-internal-counts =
    Også når du deler innlegga til andre om det.
    Å snakke godt om arbeidsplassen tel ikkje.
check-internal-why = Problem på jobben skal primært takast opp internt, og du har ansvar for ikkje unødig å skade arbeidsgivaren eller omdømet til arbeidsplassen.
check-internal-do = Ta det opp med næraste leiar (eventuelt tillitsvald eller verneombod), meld det i systemet for uønskte hendingar, eller bruk rutinane for varsling.

# Tenk deg om ved «ja»: «Gjør det klart at man som ansatt uttaler seg på egne vegne, særlig i faglige og politiske spørsmål.»
# Byggjer på: d38049-workplace-own-behalf, guide-role
check-opinion = Seier du meininga di om eit fagleg eller politisk spørsmål?
check-opinion-counts =
    Til dømes om behandling, helsepolitikk eller korleis sjukehuset blir drive.
    Særleg om du er leiar: andre kan lett tru at du talar for Sykehuset Innlandet.
check-opinion-why = Andre kan lett tru at du uttalar deg for Sykehuset Innlandet, særleg om du er leiar.
check-opinion-do = Sei tydeleg at det er ditt eige syn, og hald debatten på eit sakleg nivå.

# Tenk deg om ved «ja»: «Ved bruk av sosiale medier bør ansatte opptre på en slik måte at befolkningens tillit til helsepersonell og helse- og omsorgstjenesten ivaretas»
# Byggjer på: d38049-patients-trust, guide-role
check-health-advice = Gir du helseråd på nett, eller seier du noko om helsa til nokon?
check-health-advice-counts =
    Også i kommentarar og grupper, og til folk du ikkje kjenner.
    Lesarar som veit at du jobbar i eit helseføretak, kan ta det som eit fagleg råd.
check-health-advice-why = Du bør opptre slik at tilliten folk har til helsepersonell og helsetenesta, blir teken vare på, og tenkje over korleis ein lesar som veit at du jobbar i eit helseføretak, vil oppfatte det.
check-health-advice-do = Tenk over korleis det blir lese, og gjer det tydeleg at du uttalar deg som privatperson. Det er skilnad på å vere behandlar og å vere privat ven.

# Tenk deg om ved «ja»: «… tenk gjennom om dette er noe man som ansatt bør svare på selv …»
# Byggjer på: d38049-workplace-questions, guide-role
check-media = Er det ein journalist eller ein redaksjon som spør?
check-media-counts =
    Også når dei spør på sosiale medium eller i ei privat melding.
check-media-why = Du må halde deg til reglane Sykehuset Innlandet har for mediekontakt, og helseføretaka har reglar for kven som kan uttale seg på vegner av føretaket.
check-media-do = Tenk gjennom om du bør svare sjølv, eller om du skal vise vidare til leiinga, og følg reglane for mediekontakt.

# Tenk deg om ved «ja»: «… tenk gjennom om dette er noe man som ansatt bør svare på selv …»
# Byggjer på: d38049-workplace-questions, guide-role
check-trust-question = Spør dei om Sykehuset Innlandet, eller om synet til føretaket i ei aktuell sak?
check-trust-question-counts =
    Også når ein ven spør i ein kommentar.
    Spør dei berre om jobben din, svar nei.
check-trust-question-why = Får du spørsmål om Sykehuset Innlandet eller synet til føretaket, bør du tenkje gjennom om du skal svare sjølv, og helseføretaka har reglar for kven som kan uttale seg på vegner av føretaket.
check-trust-question-do = Tenk gjennom om du bør svare sjølv, eller om du skal vise vidare til leiinga. Svarar du, sei tydeleg at du uttalar deg på eigne vegner.

## Spørsmålsskjermen

checklist-intro-privacy = Svara dine blir berre på denne skjermen: ingenting blir lagra eller sendt, og appen spør aldri om teksten eller biletet ditt.
checklist-progress = Spørsmål { $current } av { $total }
checklist-counts = Kva tel?
checklist-read-guideline = Les retningslinja:

## Svar og navigering

answer-yes = Ja
answer-no = Nei
answer-not-sure = Usikker
checklist-previous = Førre spørsmål
checklist-back = Tilbake til vala
checklist-restart = Sjekk noko anna

## Resultat

verdict-stop-title = { $situation ->
        [posted] Ta det ned
       *[other] Ikkje gjer dette
    }
verdict-stop-text = { $situation ->
        [posted] Slik det ligg ute no, bryt det med retningslinja: sjå grunnane under og kva du kan gjere.
       *[other] Ikkje gjer det slik det er no: sjå grunnane under og kva du kan gjere i staden.
    }
verdict-think-title = { $situation ->
        [posted] Tenk over om det skal liggje ute
       *[other] Tenk deg om først
    }
verdict-think-text = { $situation ->
        [posted] Sjå over punkta under, og rett opp eller ta ned det som trengst.
       *[other] Tenk deg om før du gjer det, og rett opp punkta under.
    }
verdict-ok-title = { $situation ->
        [posted] Sjekklista finn ikkje noko å ta ned
       *[other] Sjekklista stoppar deg ikkje
    }
verdict-ok-text = Gjer likevel alltid ei sjølvstendig vurdering, og hugs at alt du legg ut, kan bli lese av kven som helst.

## Grunnar

verdict-reasons = Grunnar
reason-severity-stop = Stopp
reason-severity-think = Tenk deg om
reason-not-sure = Du var usikker
reason-read-more = Les meir:

## Handlingar

action-decline = Opne avslagsmeldinga
action-internal = Les om interne vegar
action-location = Personvern- og posisjonsinnstillingar
action-media = Les om spørsmål om føretaket og mediekontakt
action-photo-check = Sjekk sjølve biletet
