//! The checklist's verdict table: everyday situations, each written from a
//! sentence of the guideline (quoted in bokmål, checked to stand in the
//! text), with the answers a person would honestly give, and the light,
//! reasons and actions the guideline's wording gives.
//!
//! Each row lists only the answers that differ from the safe one; the run
//! answers every other question it is asked safely, as the UI is walked
//! one question at a time. A row whose answers name a question the path
//! never asks is itself an error.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure report

use postvett_core::checklist::{
    next, question, view, Action, Answer, Answers, Light, Next, Severity, Verdict,
};
use postvett_core::i18n::Localizer;
use Answer::{No, NotSure as Unsure, Yes};
use Severity::{Stop as S, Think as T};

struct Row {
    case: &'static str,
    /// The guideline sentence the expected outcome follows from (bokmål).
    cites: &'static str,
    situation: &'static str,
    answers: &'static [(&'static str, Answer)],
    light: Light,
    reasons: &'static [(&'static str, Severity)],
    actions: &'static [Action],
}

const fn row(
    case: &'static str,
    cites: &'static str,
    situation: &'static str,
    answers: &'static [(&'static str, Answer)],
    light: Light,
    reasons: &'static [(&'static str, Severity)],
    actions: &'static [Action],
) -> Row {
    Row {
        case,
        cites,
        situation,
        answers,
        light,
        reasons,
        actions,
    }
}

use Action::{Decline, InternalRoutes, LocationSettings, Media};
use Light::{Ok, Stop, Think};

static TABLE: &[Row] = &[
    // --- A photo or a video ---
    row(
        "a sunset from the hospital's car park, nobody in it",
        "Vær gjerne aktiv i sosiale medier, men husk på hvor man jobber.",
        "photo",
        &[],
        Ok,
        &[],
        &[],
    ),
    row(
        "a team photo, everyone asked and said yes, no uniforms, \"proud of my colleagues\"",
        "Vi håper våre ansatte vil være positive ambassadører for oss – også på sosiale medier.",
        "photo",
        &[("others-pictured", Yes), ("photo-consent", Yes)],
        Ok,
        &[],
        &[],
    ),
    row(
        "the same team photo, taken in uniform",
        "Unngå å benytte Sykehuset Innlandets logo, arbeidsantrekk eller på annen måte gi inntrykk av at man representerer Sykehuset Innlandet når man opptrer som privatperson på sosiale medier.",
        "photo",
        &[("others-pictured", Yes), ("photo-consent", Yes), ("logo", Yes)],
        Think,
        &[("logo", T)],
        &[],
    ),
    row(
        "a photo of a colleague who has not been asked",
        "Det er ikke lov å publisere/dele bilder på sosiale medier eller ellers av andre personer uten deres samtykke.",
        "photo",
        &[("others-pictured", Yes), ("photo-consent", No)],
        Stop,
        &[("photo-consent", S)],
        &[],
    ),
    row(
        "a group photo where one person may not have agreed",
        "Dette gjelder også bilder/film av kollegaer og gruppebilder.",
        "photo",
        &[("others-pictured", Yes), ("photo-consent", Unsure)],
        Stop,
        &[("photo-consent", S)],
        &[],
    ),
    row(
        "a colleague said yes, then changed their mind before it went up",
        "Ikke publiser bilder av kolleger eller noen andre uten at vedkommende har samtykket.",
        "photo",
        &[("others-pictured", Yes), ("photo-consent", No)],
        Stop,
        &[("photo-consent", S)],
        &[],
    ),
    row(
        "a ward photo with a patient in the background",
        "Vær forsiktig når det tas bilder eller filmsnutter, slik at pasienter eller pårørende ikke kommer med på bildet.",
        "photo",
        &[
            ("patient", Yes),
            ("patient-consent", No),
            ("others-pictured", Yes),
            ("photo-consent", No),
        ],
        Stop,
        &[("patient-consent", S), ("photo-consent", S), ("patient", T)],
        &[],
    ),
    row(
        "a desk photo where a whiteboard with patient names shows",
        "Ikke publiser helse- og personopplysninger uten samtykke fra den som opplysningene gjelder.",
        "photo",
        &[("patient", Yes), ("patient-consent", No)],
        Stop,
        &[("patient-consent", S), ("patient", T)],
        &[],
    ),
    row(
        "a ward photo whose background has not been checked",
        "Taushetsplikten gjelder fullt ut i sammenheng med sosiale medier og skal alltid overholdes.",
        "photo",
        &[("patient", Unsure), ("patient-consent", Unsure)],
        Stop,
        &[("patient-consent", S), ("patient", T)],
        &[],
    ),
    row(
        "a photo with a patient who gave explicit consent to exactly this, and no story",
        "Selv om det foreligger et samtykke, bør ansatte alltid foreta en selvstendig vurdering.",
        "photo",
        &[
            ("patient", Yes),
            ("patient-consent", Yes),
            ("others-pictured", Yes),
            ("photo-consent", Yes),
        ],
        Think,
        &[("patient", T)],
        &[],
    ),
    row(
        "a consented photo with the patient, captioned with their story",
        "Ansatte skal ikke fortelle/videreformidle pasient-/brukerhistorier selv i en anonymisert form.",
        "photo",
        &[
            ("patient", Yes),
            ("patient-consent", Yes),
            ("patient-story", Yes),
            ("others-pictured", Yes),
            ("photo-consent", Yes),
        ],
        Stop,
        &[("patient-story", S), ("patient", T)],
        &[],
    ),
    row(
        "an X-ray of a patient sent to the ward's group chat",
        "Det finnes ikke noen «indre krets» på sosiale medier, og mer eller mindre lukkede grupper på sosiale medier er heller ikke sikre nok informasjonssikkerhetsmessig, og ansatte må derfor ikke diskutere eller legge ut taushetspliktig informasjon på disse stedene.",
        "photo",
        &[("patient", Yes), ("patient-consent", No)],
        Stop,
        &[("patient-consent", S), ("patient", T)],
        &[],
    ),
    row(
        "a selfie in the break room with your name badge showing",
        "Vær forsiktig med å legge ut informasjon om deg selv som ansatt som kan misbrukes av andre, f.eks. i forbindelse med id-tyveri, risiko for å bli trakassert eller sosial manipulering.",
        "photo",
        &[("badge", Yes)],
        Think,
        &[("badge", T)],
        &[LocationSettings],
    ),
    row(
        "an ambulance worker's location-tagged story from a call-out",
        "Det er ikke anonym omtale av en sak hvis noen, evt pasienten selv, identifiserer sin sak.",
        "photo",
        &[("location", Yes), ("patient-place", Yes)],
        Stop,
        &[("patient-place", S), ("location", T)],
        &[LocationSettings],
    ),
    row(
        "a selfie at work with the location tag on, nothing about patients",
        "Slå av stedstjenester på sosiale medier som kan spore deg som ansatt når du er på jobb.",
        "photo",
        &[("location", Yes), ("patient-place", No)],
        Think,
        &[("location", T)],
        &[LocationSettings],
    ),
    row(
        "a photo of a crowded corridor: \"this is what it's like here\"",
        "Dersom ansatte erfarer negative forhold på arbeidsplassen, skal dette primært tas opp internt med nærmeste leder, meldes inn i systemet for uønskede hendelser eller ansatte kan benytte rutiner for varsling – det er disse som skal følges.",
        "photo",
        &[("internal", Yes)],
        Think,
        &[("internal", T)],
        &[InternalRoutes],
    ),
    row(
        "a photo of a colleague asleep on a break, posted to laugh at, though they said yes",
        "Kommunikasjon knyttet til kollegaer skal være i tråd med verdiene kvalitet, trygghet og respekt, både på jobb og utenfor arbeidstiden.",
        "photo",
        &[("others-pictured", Yes), ("photo-consent", Yes), ("colleague-respect", Yes)],
        Stop,
        &[("colleague-respect", S)],
        &[InternalRoutes],
    ),
    // --- A post or a comment ---
    row(
        "a post praising your colleagues after a hard shift",
        "Snakk godt om arbeidsplassen din, om du trives og synes du har en meningsfylt og interessant jobb.",
        "write",
        &[],
        Ok,
        &[],
        &[],
    ),
    row(
        "\"Met Kari Nordmann in the waiting room today\"",
        "Vi kan derfor ikke legge ut informasjon av typen: «Traff Kari Nordmann på venterommet i dag.»",
        "write",
        &[("patient", Yes), ("patient-consent", No)],
        Stop,
        &[("patient-consent", S), ("patient", T)],
        &[],
    ),
    row(
        "an anonymised story about a patient from last night",
        "Unngå all omtale av pasienter eller deres pårørende selv om dette gjøres anonymt.",
        "write",
        &[("patient", Yes), ("patient-consent", No), ("patient-story", Yes)],
        Stop,
        &[("patient-consent", S), ("patient-story", S), ("patient", T)],
        &[],
    ),
    row(
        "a post saying a colleague is off sick, and with what",
        "En god regel er ikke å legge ut informasjon og data av andre enn seg selv.",
        "write",
        &[("others-info", Yes)],
        Think,
        &[("others-info", T)],
        &[],
    ),
    row(
        "a post mocking a colleague's mistake",
        "Som ansatt har man medansvar for et godt arbeidsmiljø.",
        "write",
        &[("colleague-respect", Yes)],
        Stop,
        &[("colleague-respect", S)],
        &[InternalRoutes],
    ),
    row(
        "a manager disagreeing in public with the trust's new rota",
        "Dette gjelder spesielt om ansatt er leder.",
        "write",
        &[("internal", Yes), ("opinion", Yes)],
        Think,
        &[("internal", T), ("opinion", T)],
        &[InternalRoutes],
    ),
    row(
        "a nurse's view in a debate on health policy",
        "Gjør det klart at man som ansatt uttaler seg på egne vegne, særlig i faglige og politiske spørsmål.",
        "write",
        &[("opinion", Yes)],
        Think,
        &[("opinion", T)],
        &[],
    ),
    row(
        "answering a stranger's question about a medicine in a Facebook group",
        "Ved bruk av sosiale medier bør ansatte opptre på en slik måte at befolkningens tillit til helsepersonell og helse- og omsorgstjenesten ivaretas",
        "write",
        &[("health-advice", Yes)],
        Think,
        &[("health-advice", T)],
        &[],
    ),
    row(
        "\"alone on the night shift on ward 5 tonight\"",
        "Vær forsiktig med å legge ut informasjon om deg selv som ansatt som kan misbrukes av andre, f.eks. i forbindelse med id-tyveri, risiko for å bli trakassert eller sosial manipulering.",
        "write",
        &[("location", Yes), ("patient-place", No)],
        Think,
        &[("location", T)],
        &[LocationSettings],
    ),
    row(
        "a comment that may or may not read as criticism of the workplace",
        "Vær forsiktig med å eksponere interne forhold på arbeidsplassen.",
        "write",
        &[("internal", Unsure)],
        Think,
        &[("internal", T)],
        &[InternalRoutes],
    ),
    // --- A reaction or a share ---
    row(
        "sharing the trust's own job advert as it is",
        "Sykehuset Innlandet ønsker å være en åpen og ansvarlig institusjon med engasjerte medarbeidere.",
        "react",
        &[],
        Ok,
        &[],
        &[],
    ),
    row(
        "liking a post by a patient you treated last week",
        "Vi har taushetsplikt om all pasientinformasjon.",
        "react",
        &[("reaction-patient", Yes)],
        Stop,
        &[("reaction-patient", S)],
        &[],
    ),
    row(
        "\"get well soon\" under a former patient's post",
        "Det gjelder også informasjon om at noen er eller har vært pasient hos oss.",
        "react",
        &[("reaction-patient", Yes)],
        Stop,
        &[("reaction-patient", S)],
        &[],
    ),
    row(
        "not sure whether a reaction shows that you know someone from work",
        "Taushetsplikten gjelder fullt ut i sammenheng med sosiale medier og skal alltid overholdes.",
        "react",
        &[("reaction-patient", Unsure)],
        Stop,
        &[("reaction-patient", S)],
        &[],
    ),
    row(
        "sharing a meme that mocks a named colleague",
        "Kommunikasjon knyttet til kollegaer skal være i tråd med verdiene kvalitet, trygghet og respekt, både på jobb og utenfor arbeidstiden.",
        "react",
        &[("colleague-respect", Yes)],
        Stop,
        &[("colleague-respect", S)],
        &[InternalRoutes],
    ),
    row(
        "sharing a friend's post that criticises the emergency department",
        "Tenk derfor gjennom konsekvensene for Sykehuset Innlandet før man som ansatt publiserer noe som omhandler egen arbeidsplass.",
        "react",
        &[("internal", Yes)],
        Think,
        &[("internal", T)],
        &[InternalRoutes],
    ),
    row(
        "liking a politician's post about closing a hospital",
        "Gjør det klart at man som ansatt uttaler seg på egne vegne, særlig i faglige og politiske spørsmål.",
        "react",
        &[("opinion", Yes)],
        Think,
        &[("opinion", T)],
        &[],
    ),
    // --- A message ---
    row(
        "asking a colleague about swapping a shift in a private message",
        "Som ansatt har man medansvar for et godt arbeidsmiljø.",
        "message",
        &[],
        Ok,
        &[],
        &[],
    ),
    row(
        "a relative asks in Messenger how their mother is doing; you answer without details",
        "Ansatte bør ikke kommunisere med pasienter, brukere eller deres pårørende fra en personlig side i sosiale medier.",
        "message",
        &[("patient-contact", Yes)],
        Think,
        &[("patient-contact", T)],
        &[],
    ),
    row(
        "discussing a patient's case in the ward's group chat",
        "Det finnes ikke noen «indre krets» på sosiale medier, og mer eller mindre lukkede grupper på sosiale medier er heller ikke sikre nok informasjonssikkerhetsmessig, og ansatte må derfor ikke diskutere eller legge ut taushetspliktig informasjon på disse stedene.",
        "message",
        &[("patient", Yes), ("patient-consent", No)],
        Stop,
        &[("patient-consent", S), ("patient", T)],
        &[],
    ),
    row(
        "gossip about a colleague's divorce in a chat",
        "En god regel er ikke å legge ut informasjon og data av andre enn seg selv.",
        "message",
        &[("others-info", Yes)],
        Think,
        &[("others-info", T)],
        &[],
    ),
    row(
        "sending the guideline's decline message to a relative who sent a friend request",
        "Det anbefales at ansatte høflig avslår venne- eller følgeforespørsler fra pasienter eller deres pårørende for å unngå å komme i en konfliktsituasjon i forhold til taushetsplikten.",
        "message",
        &[],
        Ok,
        &[],
        &[],
    ),
    row(
        "a friend asks whether their child's rash needs a doctor",
        "Selv om ansatte har full ytringsfrihet, så tenk over hvordan en leser vil oppfatte ytringen i sosiale media dersom vedkommende kjenner til at vedkommende er ansatt i et helseforetak",
        "message",
        &[("health-advice", Yes)],
        Think,
        &[("health-advice", T)],
        &[],
    ),
    // --- A friend or follow request ---
    row(
        "a friend request from a patient under treatment on your ward",
        "ansatte skal ikke legge dem til som \"venn\" når de er under behandling",
        "request",
        &[("request-patient", Yes), ("request-treatment", Yes)],
        Stop,
        &[("request-treatment", S), ("request-patient", T)],
        &[Decline],
    ),
    row(
        "you want to send a request to the relative of a patient on your ward now",
        "Ansatte bør også unngå å spørre pasienter eller pårørende motsatt vei om å følge eller bli venn med dem.",
        "request",
        &[("request-patient", Yes), ("request-treatment", Yes)],
        Stop,
        &[("request-treatment", S), ("request-patient", T)],
        &[Decline],
    ),
    row(
        "a follow request from a former patient whose treatment is over",
        "Som hovedregel bør ansatte ikke ha pasienter og deres pårørende som \"venner\" på Facebook eller andre sosiale medier",
        "request",
        &[("request-patient", Yes), ("request-treatment", No)],
        Think,
        &[("request-patient", T)],
        &[Decline],
    ),
    row(
        "a request from a patient whose treatment may or may not have ended",
        "Utvis varsomhet i de tilfellene tidligere eller nåværende pasienter/brukere er i samme nettverk som den ansatte for øvrig.",
        "request",
        &[("request-patient", Yes), ("request-treatment", Unsure)],
        Stop,
        &[("request-treatment", S), ("request-patient", T)],
        &[Decline],
    ),
    row(
        "a request from someone you may know only from a patient relationship, not under treatment",
        "Vi anbefaler derfor ikke å bli facebook-venn med mennesker du bare kjenner gjennom et pasientforhold.",
        "request",
        &[("request-patient", Unsure), ("request-treatment", No)],
        Think,
        &[("request-patient", T)],
        &[Decline],
    ),
    row(
        "a friend request from a new colleague",
        "Som ansatt har man medansvar for et godt arbeidsmiljø.",
        "request",
        &[],
        Ok,
        &[],
        &[],
    ),
    row(
        "a request from a stranger with a link in its message",
        "Vær varsom med forespørsler du som ansatt mottar, de kan inneholde eller lenke til skadelig programvare.",
        "request",
        &[("link", Yes)],
        Think,
        &[("link", T)],
        &[],
    ),
    // --- A question about work, or from the media ---
    row(
        "a journalist asks you in a message about the trust's waiting lists",
        "Ansatte må forholde seg til Sykehuset Innlandets regler for mediekontakt.",
        "question",
        &[("media", Yes), ("trust-question", Yes)],
        Think,
        &[("media", T), ("trust-question", T)],
        &[Media],
    ),
    row(
        "a friend asks in a comment why the trust is closing a ward",
        "Får ansatt spørsmål om Sykehuset Innlandet eller Sykehuset Innlandets syn i aktuelle saker via sosiale medier – tenk gjennom om dette er noe man som ansatt bør svare på selv, eller om man skal henvise til ledelsen.",
        "question",
        &[("trust-question", Yes)],
        Think,
        &[("trust-question", T)],
        &[Media],
    ),
    row(
        "a friend asks what it is like to work as a nurse",
        "Offentlige ansatte har et vidt spillerom – både i form og innhold – for offentlig å gi uttrykk for sin mening, også om eget arbeidsområde og egen arbeidsplass.",
        "question",
        &[],
        Ok,
        &[],
        &[],
    ),
    row(
        "a journalist asks about a named patient",
        "Det foreligger i så fall et brudd på taushetsplikten.",
        "question",
        &[("patient", Yes), ("patient-consent", No), ("media", Yes)],
        Stop,
        &[("patient-consent", S), ("patient", T), ("media", T)],
        &[Media],
    ),
    // --- Something already posted ---
    row(
        "a colleague asks you to take down a photo from last year's party",
        "Dersom noen har sagt ja til å være med på et bilde, men angrer seg, har man plikt til å fjerne bildet.",
        "posted",
        &[("takedown", Yes)],
        Stop,
        &[("takedown", S)],
        &[],
    ),
    row(
        "an old post that names a patient you met at work",
        "Det foreligger i så fall et brudd på taushetsplikten.",
        "posted",
        &[("patient", Yes), ("patient-consent", No)],
        Stop,
        &[("patient-consent", S), ("patient", T)],
        &[],
    ),
    row(
        "an old holiday photo that nobody has asked about",
        "Derfor må du betrakte alt du skriver på sosiale medier som offentlige ytringer, som hvem som helst kan lese.",
        "posted",
        &[],
        Ok,
        &[],
        &[],
    ),
    row(
        "an old post with your workplace as its location",
        "Slå av stedstjenester på sosiale medier som kan spore deg som ansatt når du er på jobb.",
        "posted",
        &[("location", Yes), ("patient-place", No)],
        Think,
        &[("location", T)],
        &[LocationSettings],
    ),
];

/// Runs a row through the checklist one question at a time.
fn run(r: &Row) -> (Vec<&'static str>, Verdict) {
    let mut answers = Answers::new();
    let mut asked = Vec::new();
    loop {
        match next(r.situation, &answers).unwrap_or_else(|e| panic!("{}: {e}", r.case)) {
            Next::Ask { question, .. } => {
                let a = r
                    .answers
                    .iter()
                    .find(|(id, _)| *id == question.id)
                    .map_or(question.safe_answer(), |(_, a)| *a);
                answers.insert(question.id.to_owned(), a);
                asked.push(question.id);
            }
            Next::Done(v) => return (asked, v),
        }
    }
}

#[test]
fn everyday_situations_get_the_verdict_the_guideline_gives() {
    let l = Localizer::embedded();
    for r in TABLE {
        let (asked, v) = run(r);
        for (id, _) in r.answers {
            assert!(
                asked.contains(id),
                "{}: the row answers {id}, which the {} path does not ask",
                r.case,
                r.situation
            );
        }
        assert_eq!(v.light, r.light, "{}", r.case);
        let got: Vec<_> = v.reasons.iter().map(|x| (x.question, x.severity)).collect();
        assert_eq!(got, r.reasons, "{}", r.case);
        for reason in &v.reasons {
            let given = r.answers.iter().find(|(id, _)| *id == reason.question);
            assert_eq!(
                reason.not_sure,
                given.is_some_and(|(_, a)| *a == Unsure),
                "{}: {}",
                r.case,
                reason.question
            );
        }
        let shown = view(&v, l, "nb").unwrap();
        let actions: Vec<_> = shown
            .reasons
            .iter()
            .filter_map(|x| x.action.as_ref().map(|a| a.id))
            .collect();
        assert_eq!(actions, r.actions, "{}: actions", r.case);
    }
}

/// Every row cites a sentence that stands in the bokmål guideline or guide
/// (emphasis marks and line breaks aside).
#[test]
fn every_row_cites_a_sentence_of_the_guideline() {
    let l = Localizer::embedded();
    let fold = |s: &str| {
        s.replace('*', "")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let text: Vec<String> = postvett_core::content::locations()
        .iter()
        .filter_map(|loc| l.text("nb", loc.id).ok())
        .map(|t| fold(&t))
        .collect();
    for r in TABLE {
        let cite = fold(r.cites);
        assert!(
            text.iter().any(|t| t.contains(&cite)),
            "{}: {:?} is not in the guideline",
            r.case,
            r.cites
        );
    }
}

/// The table covers every situation, both ways; every light and action;
/// "not sure"; and the outcomes the guideline's wording names.
#[test]
fn the_table_covers_every_path_and_outcome() {
    assert!(TABLE.len() >= 40, "{} rows", TABLE.len());
    for s in postvett_core::checklist::SITUATIONS {
        let lights: Vec<_> = TABLE
            .iter()
            .filter(|r| r.situation == s.id)
            .map(|r| r.light)
            .collect();
        assert!(lights.contains(&Ok), "{}: no all-clear row", s.id);
        assert!(
            lights.iter().any(|l| *l != Ok),
            "{}: no row that stops or asks to think",
            s.id
        );
    }
    for light in [Ok, Think, Stop] {
        assert!(TABLE.iter().any(|r| r.light == light), "{light:?}");
    }
    for action in [Decline, InternalRoutes, LocationSettings, Media] {
        assert!(
            TABLE.iter().any(|r| r.actions.contains(&action)),
            "{action:?}"
        );
    }
    assert!(TABLE
        .iter()
        .any(|r| r.answers.iter().any(|(_, a)| *a == Unsure)));
    for id in [
        "request-treatment",
        "reaction-patient",
        "colleague-respect",
        "health-advice",
        "media",
        "takedown",
        "patient-place",
        "patient-story",
    ] {
        assert!(question(id).is_some(), "{id}");
        assert!(
            TABLE
                .iter()
                .any(|r| r.reasons.iter().any(|(q, _)| *q == id)),
            "no row gives {id}"
        );
    }
}
