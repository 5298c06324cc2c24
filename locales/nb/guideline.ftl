### Postvett – innholdet i de to kildedokumentene, ordrett.
### Kilder: «Sosiale medier - Retningslinjer for ansattes bruk» (D38049, utgave 3.02,
### gjelder fra 20.03.2024) og «Bruk av sosiale medier – veiledning for ansatte».
### Teksten er ordrett fra kildene; kun linjeskift, orddelinger og punkttegn fra PDF-en er fjernet.
### Ikke rett skrivefeil eller grammatikk her: dette er den gjeldende teksten.

## D38049: dokumentdata

d38049-title = Sosiale medier - Retningslinjer for ansattes bruk
d38049-kind = Administrative rutiner
d38049-ref-communication = Kommunikasjon - Sosiale medier, retningslinje
d38049-ref-whistleblowing = Varsling - Kritikkverdige forhold

## D38049: Hensikt og omfang

d38049-purpose = Hensikt og omfang
# Kilden har ikke punktum til slutt i dette avsnittet.
d38049-purpose-p1 = Retningslinjen gjelder for ansattes private bruk av sosiale medier. Det finnes egne retningslinjer for Sykehuset Innlandets bruk av sosiale medier, se Kommunikasjon - Sosiale medier, retningslinje
d38049-purpose-p2 = Skillet mellom rollene som privatperson og arbeidstaker utfordres på en særlig måte ved bruk av sosiale medier. Retningslinjene skal bidra til bevissthet rundt ansattes bruk av sosiale medier og dette skillet.
d38049-purpose-p3 = En slik bevissthet er viktig av hensyn til eksempelvis foretakets omdømme, kollegaers rett til en trygg arbeidsplass og pasientens og pårørendes rett til konfidensialitet.
d38049-purpose-p4 = Det ønskes at omdømmet til Sykehuset Innlandet skal være godt. Tilliten til foretaket er avgjørende for at pasienter og pårørende skal føle seg trygge. Ansatte har taushetsplikt som medarbeider i Sykehuset Innlandet. Ansatte har også et selvstendig ansvar for at pasienter og kollegers personvern blir ivaretatt.

## D38049: Ansvar/målgruppe

d38049-audience = Ansvar/målgruppe
d38049-audience-p1 = Alle ansatte og vikarer, både helsepersonell og andre, samt innleid personell.

## D38049: Handling

d38049-procedure = Handling

## D38049: Handling / Innledning og rettslig utgangspunkt

d38049-legal = Innledning og rettslig utgangspunkt
d38049-legal-p1 = Det å ytre seg i (sosiale) medier på egne vegne, er underlagt den grunnleggende ytringsfriheten i Norge. Hovedregelen er at ansatte som privatperson har full ytringsfrihet også om forhold som berører arbeidsplassen. Men den ansattes ytringsfrihet kan begrenses særlig av to forhold: den lovfestede taushetsplikt alle ansatte har og den ulovfestede lojalitetsplikt en ansatt har til sin arbeidsgiver, herunder også kollegaer.
d38049-legal-p2 = En unødvendig ytring fra den ansattes side i sosiale media og som er til skade for arbeidsgiver eller en kollega kan i teorien falle innenfor det som anses å være ens lojalitetsplikt. Dette kan gjelde selv om man uttrykker seg i media som privatperson. Arbeidsgiver kan reagere mot en ytring når det foreligger en «åpenbar risiko for skade på arbeidsgiverens legitime og saklige interesser» (jf Sivilombudsmannens avgjørelser), men det skal svært mye til for at man kan si at ytringsfriheten er begrenset i det aktuelle tilfellet. En slik sak må vurderes helt konkret.
d38049-legal-p3 = Ytringer som ikke er undergitt taushetsplikt, og som i hovedsak gir uttrykk for arbeidstakerens egne oppfatninger, vil det vanligvis være anledning til å komme med. Det gjelder også ytringer som arbeidsgiveren oppfatter som uønskede, uheldige eller ubehagelige. Offentlige ansatte har et vidt spillerom – både i form og innhold – for offentlig å gi uttrykk for sin mening, også om eget arbeidsområde og egen arbeidsplass.
d38049-legal-p4 = Hvorvidt en ytring er illojal på en slik måte at den er ulovlig, beror på en sammensatt, skjønnsmessig vurdering, som vil kunne gi ulikt resultat i forskjellige situasjoner. Blant annet vil vurderingen kunne falle ulikt ut for ansatte på forskjellige stillingsnivåer. Det stilles strengere krav til en leder enn andre. Dette medfører at det kan være vanskelig å gi klare, generelle retningslinjer for grensene for hva ansatte kan ytre seg om.

## D38049: Handling / Forholdet til pasienter/brukere
## (Avslagsteksten mellom d38049-patients-friends og d38049-patients-network er
## meldingen decline-message i decline.ftl.)

d38049-patients = Forholdet til pasienter/brukere
# Kilden har ikke punktum til slutt i dette punktet.
d38049-patients-trust = Ved bruk av sosiale medier bør ansatte opptre på en slik måte at befolkningens tillit til helsepersonell og helse- og omsorgstjenesten ivaretas. Selv om ansatte har full ytringsfrihet, så tenk over hvordan en leser vil oppfatte ytringen i sosiale media dersom vedkommende kjenner til at vedkommende er ansatt i et helseforetak
d38049-patients-confidentiality = Taushetsplikten gjelder fullt ut i sammenheng med sosiale medier og skal alltid overholdes. Unngå all omtale av pasienter eller deres pårørende selv om dette gjøres anonymt. Det er ikke anonym omtale av en sak hvis noen, evt pasienten selv, identifiserer sin sak. Det foreligger i så fall et brudd på taushetsplikten. Ikke publiser helse- og personopplysninger uten samtykke fra den som opplysningene gjelder.
d38049-patients-photos = Vær forsiktig når det tas bilder eller filmsnutter, slik at pasienter eller pårørende ikke kommer med på bildet. Tas det bilder eller film fra arbeidsplassen må det passes på at medarbeiderne ikke forstyrres. Det er ikke lov å publisere/dele bilder på sosiale medier eller ellers av andre personer uten deres samtykke. Dette gjelder også bilder/film av kollegaer og gruppebilder. Dersom noen har sagt ja til å være med på et bilde, men angrer seg, har man plikt til å fjerne bildet.
d38049-patients-consent = Det forutsettes et eksplisitt samtykke dersom helse- og personopplysninger deles på nett. Selv om det foreligger et samtykke, bør ansatte alltid foreta en selvstendig vurdering. Ansatte skal ikke fortelle/videreformidle pasient-/brukerhistorier selv i en anonymisert form.
d38049-patients-contact = Ansatte bør ikke kommunisere med pasienter, brukere eller deres pårørende fra en personlig side i sosiale medier. Her er risikoen stor for rollesammenblanding.
d38049-patients-friends = Som hovedregel bør ansatte ikke ha pasienter og deres pårørende som "venner" på Facebook eller andre sosiale medier, og ansatte skal ikke legge dem til som "venn" når de er under behandling. Det anbefales at ansatte høflig avslår venne- eller følgeforespørsler fra pasienter eller deres pårørende for å unngå å komme i en konfliktsituasjon i forhold til taushetsplikten. Ansatte bør også unngå å spørre pasienter eller pårørende motsatt vei om å følge eller bli venn med dem. Skal man avslå en kontaktforespørsel, kan følgende tekst tilpasses og benyttes:
d38049-patients-network = Utvis varsomhet i de tilfellene tidligere eller nåværende pasienter/brukere er i samme nettverk som den ansatte for øvrig.

## D38049: Handling / Forholdet til Sykehuset Innlandet som arbeidsplass

d38049-workplace = Forholdet til Sykehuset Innlandet som arbeidsplass
d38049-workplace-active = Vær gjerne aktiv i sosiale medier, men husk på hvor man jobber. Sykehuset Innlandet ønsker å være en åpen og ansvarlig institusjon med engasjerte medarbeidere. Samtidig er det viktig å minne om tillitsforholdet og lojalitetsforholdet mellom arbeidsgiver og arbeidstaker. Dette betyr at man som ansatt har et ansvar for ikke unødig å skade arbeidsgiver eller arbeidsplassens omdømme. Tenk derfor gjennom konsekvensene for Sykehuset Innlandet før man som ansatt publiserer noe som omhandler egen arbeidsplass.
d38049-workplace-own-behalf = Selv om man som ansatt ytrer seg som privatperson, kan det være lett for andre å tenke at ytringen representerer Sykehuset Innlandet. Dette gjelder spesielt om ansatt er leder. Gjør det klart at man som ansatt uttaler seg på egne vegne, særlig i faglige og politiske spørsmål. Hold debatter på et saklig nivå.
d38049-workplace-questions = Får ansatt spørsmål om Sykehuset Innlandet eller Sykehuset Innlandets syn i aktuelle saker via sosiale medier – tenk gjennom om dette er noe man som ansatt bør svare på selv, eller om man skal henvise til ledelsen. Ansatte må forholde seg til Sykehuset Innlandets regler for mediekontakt.
d38049-workplace-logo = Unngå å benytte Sykehuset Innlandets logo, arbeidsantrekk eller på annen måte gi inntrykk av at man representerer Sykehuset Innlandet når man opptrer som privatperson på sosiale medier. Bruk av Sykehuset Innlandet sitt navn og logo skal avklares med arbeidsgiver. Hvis ansatte bruker stillingstittel og jobb epostadressen på sosiale medier, må det være tydelig at man ikke uttaler seg på vegne av Sykehuset Innlandet.
d38049-workplace-email = Vær bevisst på bruken av jobb-epostadresse i sosiale medier.
d38049-workplace-internal = Vær forsiktig med å eksponere interne forhold på arbeidsplassen. Dersom ansatte erfarer negative forhold på arbeidsplassen, skal dette primært tas opp internt med nærmeste leder, meldes inn i systemet for uønskede hendelser eller ansatte kan benytte rutiner for varsling – det er disse som skal følges.
d38049-workplace-photos = Som hovedregel skal den ansatte samtykke til at virksomheten publiserer bilder av vedkommende i sosiale medier.

## D38049: Handling / Bruk av sosiale medier helsepersonell og andre ansatte imellom

d38049-colleagues = Bruk av sosiale medier helsepersonell og andre ansatte imellom
d38049-colleagues-environment = Som ansatt har man medansvar for et godt arbeidsmiljø. Kommunikasjon knyttet til kollegaer skal være i tråd med verdiene kvalitet, trygghet og respekt, både på jobb og utenfor arbeidstiden. En god regel er ikke å legge ut informasjon og data av andre enn seg selv.
d38049-colleagues-closed-groups = Det finnes ikke noen «indre krets» på sosiale medier, og mer eller mindre lukkede grupper på sosiale medier er heller ikke sikre nok informasjonssikkerhetsmessig, og ansatte må derfor ikke diskutere eller legge ut taushetspliktig informasjon på disse stedene.
d38049-colleagues-photos = Ikke publiser bilder av kolleger eller noen andre uten at vedkommende har samtykket.

## D38049: Handling / Generelle råd/nettvett

d38049-netiquette = Generelle råd/nettvett
d38049-netiquette-personal-info = Vær forsiktig med å legge ut informasjon om deg selv som ansatt som kan misbrukes av andre, f.eks. i forbindelse med id-tyveri, risiko for å bli trakassert eller sosial manipulering.
d38049-netiquette-requests = Vær varsom med forespørsler du som ansatt mottar, de kan inneholde eller lenke til skadelig programvare.
d38049-netiquette-privacy = Vær bevisst på hvordan du som ansatt setter personverninnstillingene i tjenestene som benyttes.
d38049-netiquette-location = Slå av stedstjenester på sosiale medier som kan spore deg som ansatt når du er på jobb. Dette er spesielt viktig for ansatte som jobber ambulant/utenfor sykehusets områder.

## Veiledning: dokumentdata

# I den uttrukne kildeteksten (seed 000) står tittelen uten tankestrek: «Bruk av sosiale medier veiledning for ansatte».
# Skrivemåten med tankestrek følger seeds/README.md.
guide-title = Bruk av sosiale medier – veiledning for ansatte

## Veiledning: Bakgrunn

guide-background = Bakgrunn
guide-background-p1 = Sosiale medier blir stadig en større del av vår hverdag. Dette gjelder nettsamfunn som Facebook og Twitter, billedelingstjenester som Instagram og Flickr, blogger og mange andre nettbaserte sosiale medier.

## Veiledning: Sosiale medier er offentlige

guide-public = Sosiale medier er offentlige
guide-public-p1 = Tonen i sosiale medier kan minne om private, fortrolige samtaler, og derfor er det lett å glemme at det som skrives her er offentlige ytringer. Selv om du begrenser hvem som skal se innleggene og kommentarene dine, har du ikke kontroll over om noen velger å formidle dem videre. Derfor må du betrakte alt du skriver på sosiale medier som offentlige ytringer, som hvem som helst kan lese.

## Veiledning: Vi har taushetsplikt overfor pasienter

guide-confidentiality = Vi har taushetsplikt overfor pasienter
guide-confidentiality-p1 = Vi har taushetsplikt om all pasientinformasjon. Det gjelder også informasjon om at noen *er* eller *har vært* pasient hos oss. Vi kan derfor ikke legge ut informasjon av typen: «Traff Kari Nordmann på venterommet i dag.»

## Veiledning: Privat informasjon er privat

guide-private = Privat informasjon er privat
guide-private-p1 = Ikke del bilder eller video av andre enn deg selv uten tillatelse. Det er ytringsfrihet i Norge, men vi har samtidig et sterkt personvern. Åndsverkloven regulerer hvem som har rett til å publisere blant annet bilder, videoer og tekster.

## Veiledning: Vær tydelig på rolle

guide-role = Vær tydelig på rolle
guide-role-p1 = Alle har ytringsfrihet og kan si hva de vil som privatperson. Helseforetakene har regler for hvem som kan uttale seg på vegne av foretaket. I en uformell tone kan det noen ganger være vanskelig å se om en fagperson uttaler seg som privatperson eller på vegne av arbeidsgiveren. Vær derfor tydelig i situasjoner der det kan oppstå tvil. Det er forskjell på å være behandler og å være privat venn. Vi anbefaler derfor ikke å bli facebook-venn med mennesker du bare kjenner gjennom et pasientforhold.

## Veiledning: Vær en positiv ambassadør

guide-ambassador = Vær en positiv ambassadør
guide-ambassador-p1 = Vi håper våre ansatte vil være positive ambassadører for oss – også på sosiale medier. Snakk godt om arbeidsplassen din, om du trives og synes du har en meningsfylt og interessant jobb. Uenigheter og kritikk av interne forhold er det som regel best å ta opp med nærmeste leder, eventuelt tillitsvalgt eller verneombud.

## Veiledning: Du kan få hjelp til å slette innhold du ikke vil ha på nett

guide-delete = Du kan få hjelp til å slette innhold du ikke vil ha på nett
guide-delete-link = Se dine rettigheter på slettmeg.no under fanen Lover og rettigheter.

## Veiledning: signering
## Overskriften guide-signoff finnes ikke i kilden; den er appens egen etikett.
## De tre avsnittene under er ordrett fra kilden.

guide-signoff = Signering
guide-signoff-read = Veiledningen er lest og forstått:
guide-signoff-place-date = Sted/dato
guide-signoff-signature = Underskrift ansatt
