"""A blind sweep of how mentors answer mailer, in English, German, French, Spanish, Dutch, Italian and Portuguese:
answers to the invitation ("Would you be my mentor?": yes, no, yes with a condition, "not now, ask me in March", a
question back, "ask Sam instead", an acknowledgement) and to a check-in (advice in one paragraph or numbered, inline
under the quoted question, "nothing this week", a signature and a disclaimer; stop, pause and snooze; "less often",
"monthly please"), and the look-alikes that are no command ("Stop, that's a great question", "I'd pause before
hiring more juniors", "Para mí, lo mejor es…", "Hör auf, dich zu entschuldigen").

Written for this project by a session that had read the README's "The mentor loop" and how a mentor's reply
reaches its readers (mentoring/reply.py), not the rules of checkinreply.py, answers.py or reading/commands.py; each
expectation was written before mailer read the line. Nothing is copied from a corpus or the held-out data.

Each phrasing is placed three ways: alone, after a greeting and before a sign-off, and top-posted above mailer's
quoted mail (`frames`). `reading` runs a body through the functions `read_mentor_reply` calls, in its order:
replytext.reply_text on the whole mail, then for an invitation read_invitation_reply, for a check-in
without_own_sign_off and read_checkin_reply. `judge` sorts a reading into right, wrong or missed:

- wrong: a stop, a pause or an accept/decline the mentor did not ask for; a pause to the wrong day; the mentor's
  advice cut from the kept answer, or mailer's quoted prompt kept in it.
- missed: a stop, pause, yes or no the mentor did say, read as advice or as a question for the recruiter.

Wants: an invitation's "yes", "no", "question" (unclear: the recruiter reads it) or a tuple of those that are all
right; a check-in's "stop", "pause" (any day), "pause:YYYY-MM-DD" (the local day the check-ins come back) or "advice"
(kept in the journal). Wanting "advice" for a cadence wish ("monthly please") follows the README: mailer has no
cadence command for mentors, so the words go to the journal for the recruiter to act on.
"""

from __future__ import annotations

from datetime import datetime, timezone
from email.message import EmailMessage
from zoneinfo import ZoneInfo

NOW = datetime(2026, 12, 7, 10, tzinfo=timezone.utc)  # a Monday
TZ = ZoneInfo("Europe/Berlin")
MENTOR_NAME, MENTOR_EMAIL = "Nadia Novak", "nadia@acme.example"

Y, NO, Q, A, S = "yes", "no", "question", "advice", "stop"
P = "pause"
FOUR_WEEKS = "pause:2027-01-04"
TWO_WEEKS = "pause:2026-12-21"
MARCH = "pause:2027-03-01"
JAN15 = "pause:2027-01-15"
JAN16 = "pause:2027-01-16"
SEPT = "pause:2027-09-01"
NEXT_MONDAY = "pause:2026-12-14"
QN = (NO, Q)  # a delegation: a question or a decline is right, a yes is not (a tuple: stable test ids)

# (kind, family, text, want, keep): kind "invite" or "checkin"; keep (check-ins): words of the mentor's answer the
# journal must keep. The families: yes, no, condition, defer, ask (a question back), delegate, ack; for check-ins
# advice, numbered, nothing, cadence, stop, pause, lookalike (a command word and a sentence about something else).
SHAPES: dict[str, tuple[tuple[str, str, str, object, str], ...]] = {
    "en": (
        ("invite", "yes", "Yes!", Y, ""),
        ("invite", "yes", "Can't wait, let's do it!", Y, ""),
        ("invite", "yes", "I can't say no to that — count me in.", Y, ""),
        ("invite", "no", "Nope, sorry.", NO, ""),
        ("invite", "no", "I'm honoured you asked, but I have to say no.", NO, ""),
        ("invite", "ack", "Let me think about it over the weekend.", Q, ""),
        ("invite", "condition", "Yes — though can we start in January?", Q, ""),
        ("checkin", "pause", "Let's pause until the new year.", P, ""),
        ("checkin", "stop", "Stop for now please, I'll ping you when things calm down.", (P, S), ""),
        ("checkin", "lookalike", "Stop by my desk on Thursday and we'll go through it.", A, "my desk on Thursday"),
        ("checkin", "lookalike", "Don't pause the referral bonus, it works.", A, "referral bonus"),
        ("checkin", "lookalike", "Snooze the LinkedIn alerts, they're noise.", A, "LinkedIn alerts"),
        ("checkin", "lookalike", "No more agencies, seriously. Referrals only.", A, "Referrals only"),
        ("invite", "yes", "Yes, happy to!", Y, ""),
        ("invite", "yes", "Sure, count me in.", Y, ""),
        ("invite", "yes", "I'd be honoured. Let's do it.", Y, ""),
        ("invite", "yes", "Absolutely — Tuesdays work best for me.", Y, ""),
        ("invite", "yes", "Of course, glad to help.", Y, ""),
        ("invite", "yes", "Happy to help, Rita.", Y, ""),
        ("invite", "yes", "No problem at all, I'm in.", Y, ""),
        ("invite", "no", "Sorry, I can't take this on right now.", NO, ""),
        ("invite", "no", "I'll have to pass, sorry. Too much on my plate.", NO, ""),
        ("invite", "no", "Unfortunately I don't have the bandwidth for this.", NO, ""),
        ("invite", "no", "No, sorry — I'm not able to commit to that.", NO, ""),
        ("invite", "no", "I'd love to, but I can't this year.", NO, ""),
        ("invite", "condition", "Yes, but only monthly.", Q, ""),
        ("invite", "condition", "Sure, if we can keep it to 15 minutes.", Q, ""),
        ("invite", "condition", "Happy to, as long as it's once a month.", Q, ""),
        ("invite", "condition", "Yes, provided we skip December.", Q, ""),
        ("invite", "defer", "Not now, ask me in March.", Q, ""),
        ("invite", "defer", "Not right now — can you ask me again after the reorg?", Q, ""),
        ("invite", "defer", "Maybe later in the year, ping me in Q2.", Q, ""),
        ("invite", "ask", "What would that involve, exactly?", Q, ""),
        ("invite", "ask", "How much time per month are we talking about?", Q, ""),
        ("invite", "ask", "Sounds interesting. Is this something HR set up?", Q, ""),
        ("invite", "delegate", "Ask Sam instead, he's much better placed for this.", QN, ""),
        ("invite", "delegate", "I think Priya would be a better mentor for you — try her.", QN, ""),
        ("invite", "ack", "Got it, will read it tonight.", Q, ""),
        ("invite", "ack", "Thanks, received. Let me think about it.", Q, ""),
        ("invite", "ack", "Yes, I got your mail, let me check my calendar.", Q, ""),
        ("invite", "ack", "Thanks Rita, I'll get back to you next week.", Q, ""),
        ("checkin", "advice", "Referrals, every time. Ask each new hire for two names in their first month.", A,
         "Ask each new hire for two names"),
        ("checkin", "advice", "We're building the new payments API, so two backend engineers by March.", A,
         "payments API"),
        ("checkin", "advice", "Honestly the best signal is how they talk about a failure. Ask about one.", A,
         "talk about a failure"),
        ("checkin", "numbered", "1. Referrals.\n2. Stop using the long take-home, people drop out.\n3. Pause the "
         "intern hiring until spring.", A, "Stop using the long take-home"),
        ("checkin", "numbered", "1) The payments API\n2) Two backend engineers, one SRE\n3) No, not before March",
         A, "Two backend engineers"),
        ("checkin", "nothing", "Nothing this week, sorry!", A, "Nothing this week"),
        ("checkin", "nothing", "Nothing new to add this time.", A, "Nothing new"),
        ("checkin", "advice", "See my notes below.\n\nShort answer: hire for curiosity. Long answer: the people who "
         "ask the most questions in the interview ramp up fastest.", A, "hire for curiosity"),
        ("checkin", "cadence", "Less often please — monthly is plenty for me.", A, "monthly is plenty"),
        ("checkin", "cadence", "Monthly please.", A, "Monthly please"),
        ("checkin", "cadence", "Can we do this every two weeks instead?", A, "every two weeks"),
        ("checkin", "cadence", "These are great, but could they come less often?", A, "less often"),
        ("checkin", "stop", "Stop", S, ""),
        ("checkin", "stop", "Please stop these check-ins.", S, ""),
        ("checkin", "stop", "No more check-ins, thanks.", S, ""),
        ("checkin", "stop", "Please stop sending me these, I don't have time for them anymore.", S, ""),
        ("checkin", "stop", "I'm leaving the company — Friday is my last day.", S, ""),
        ("checkin", "pause", "Pause until March.", MARCH, ""),
        ("checkin", "pause", "Please pause these until 15 January.", JAN15, ""),
        ("checkin", "pause", "Pause through 15 January please.", JAN16, ""),
        ("checkin", "pause", "snooze 4w", FOUR_WEEKS, ""),
        ("checkin", "pause", "Please pause these for 2 weeks, crazy month.", TWO_WEEKS, ""),
        ("checkin", "pause", "Not now, maybe after the summer.", SEPT, ""),
        ("checkin", "pause", "Pause please.", FOUR_WEEKS, ""),
        ("checkin", "pause", "Can you pause the check-ins until next Monday? I'm at a conference.", NEXT_MONDAY, ""),
        ("checkin", "lookalike", "Stop, that's a great question. I'd say the onboarding buddy matters most.", A,
         "onboarding buddy"),
        ("checkin", "lookalike", "Don't stop sending these, they make me think.", A, "make me think"),
        ("checkin", "lookalike", "Pause… let me think. Probably the take-home exercise.", A, "take-home exercise"),
        ("checkin", "lookalike", "I'd pause before hiring more juniors: we can't mentor them all.", A,
         "hiring more juniors"),
        ("checkin", "lookalike", "She should stop chasing managers by phone. Mail works better here.", A,
         "chasing managers by phone"),
        ("checkin", "lookalike", "Stop apologising for following up — managers expect it.", A, "following up"),
        ("checkin", "lookalike", "Stop asking for cover letters. Nobody reads them.", A, "cover letters"),
        ("checkin", "lookalike", "Stop. Let me think about this one and answer on Friday.", A, "answer on Friday"),
        ("checkin", "lookalike", "Pause the junior role until March, we have no one to onboard them.", A,
         "junior role"),
        ("checkin", "lookalike", "Hit snooze on the agencies for a month and focus on referrals.", A,
         "focus on referrals"),
        ("checkin", "lookalike", "Stop! Before anything else: the salary bands changed last week.", A,
         "salary bands"),
        ("checkin", "lookalike", "No more than two interviews per candidate, that's my rule.", A,
         "two interviews per candidate"),
        ("checkin", "lookalike", "We should stop hiring contractors for core work.", A, "contractors"),
        ("checkin", "lookalike", "Stop worrying about the March deadline, it moved.", A, "March deadline"),
        ("checkin", "lookalike", "Pause. Good one. I think it's the debrief: do it the same day.", A,
         "the same day"),
        ("checkin", "lookalike", "I'm not leaving the company, whatever you heard! Keep them coming.", A,
         "Keep them coming"),
        ("checkin", "lookalike", "I'm leaving in March, so let's make the most of it: ask me anything.", A,
         "make the most of it"),
    ),
    "de": (
        ("checkin", "pause", "Pause bis Januar bitte.", "pause:2027-01-01", ""),
        ("invite", "yes", "Ja, gerne!", Y, ""),
        ("invite", "yes", "Sehr gern, machen wir.", Y, ""),
        ("invite", "yes", "Klar, bin dabei.", Y, ""),
        ("invite", "yes", "Aber natürlich, mit Vergnügen.", Y, ""),
        ("invite", "no", "Leider nein, mir fehlt gerade die Zeit.", NO, ""),
        ("invite", "no", "Nein, tut mir leid, das schaffe ich nicht.", NO, ""),
        ("invite", "no", "Das kann ich leider nicht übernehmen.", NO, ""),
        ("invite", "condition", "Ja, aber nur einmal im Monat.", Q, ""),
        ("invite", "condition", "Gern, wenn es nicht länger als 15 Minuten dauert.", Q, ""),
        ("invite", "defer", "Jetzt gerade nicht, frag mich im März nochmal.", Q, ""),
        ("invite", "ask", "Was genau erwartest du von mir?", Q, ""),
        ("invite", "delegate", "Frag lieber Sam, der passt besser.", QN, ""),
        ("invite", "ack", "Danke, habe ich bekommen. Ich denke darüber nach.", Q, ""),
        ("invite", "ack", "Ja, ich schaue es mir morgen an.", Q, ""),
        ("checkin", "advice", "Empfehlungen aus dem Team sind immer noch der beste Kanal.", A,
         "Empfehlungen aus dem Team"),
        ("checkin", "advice", "Wir bauen die neue Zahlungs-API, also zwei Backend-Leute bis März.", A,
         "Zahlungs-API"),
        ("checkin", "numbered", "1. Empfehlungen\n2. Hör auf mit der langen Hausaufgabe\n3. Praktikanten erst im "
         "Frühjahr", A, "langen Hausaufgabe"),
        ("checkin", "nothing", "Diese Woche nichts Neues.", A, "nichts Neues"),
        ("checkin", "cadence", "Bitte seltener, einmal im Monat reicht.", A, "einmal im Monat"),
        ("checkin", "cadence", "Können wir das alle zwei Wochen machen?", A, "alle zwei Wochen"),
        ("checkin", "stop", "Bitte keine Check-ins mehr.", S, ""),
        ("checkin", "stop", "Stopp bitte, ich habe keine Zeit mehr dafür.", S, ""),
        ("checkin", "stop", "Bitte hör auf, mir diese Mails zu schicken.", S, ""),
        ("checkin", "stop", "Ich verlasse das Unternehmen, Freitag ist mein letzter Tag.", S, ""),
        ("checkin", "pause", "Bitte bis März pausieren.", MARCH, ""),
        ("checkin", "pause", "Bitte bis 15. Januar pausieren.", JAN15, ""),
        ("checkin", "pause", "Bitte zwei Wochen pausieren.", TWO_WEEKS, ""),
        ("checkin", "lookalike", "Hör auf, dich zu entschuldigen — Nachfassen ist dein Job.", A, "Nachfassen"),
        ("checkin", "lookalike", "Stopp, gute Frage! Ich glaube, es ist das Feedback am selben Tag.", A,
         "Feedback am selben Tag"),
        ("checkin", "lookalike", "Hör bloß nicht auf mit diesen Fragen, die helfen mir.", A, "helfen mir"),
        ("checkin", "lookalike", "Sie sollte aufhören, Manager anzurufen. Mail reicht.", A, "Manager anzurufen"),
        ("checkin", "lookalike", "Ich würde bei den Junior-Stellen erst mal pausieren.", A, "Junior-Stellen"),
        ("checkin", "lookalike", "Stopp! Bevor ich es vergesse: die Gehaltsbänder sind neu.", A, "Gehaltsbänder"),
        ("checkin", "lookalike", "Wir sollten aufhören, Agenturen zu bezahlen.", A, "Agenturen"),
        ("checkin", "lookalike", "Ich gehe im März, aber bis dahin machen wir weiter.", A, "bis dahin"),
    ),
    "fr": (
        ("checkin", "lookalike", "Stop aux tests techniques de quatre heures.", A, "quatre heures"),
        ("invite", "yes", "Oui, avec plaisir !", Y, ""),
        ("invite", "yes", "Avec plaisir.", Y, ""),
        ("invite", "yes", "Bien sûr, je suis partant.", Y, ""),
        ("invite", "yes", "Volontiers, ce serait un honneur.", Y, ""),
        ("invite", "no", "Non, désolé, je n'ai pas le temps en ce moment.", NO, ""),
        ("invite", "no", "Malheureusement je ne peux pas m'engager.", NO, ""),
        ("invite", "no", "Je vais devoir refuser, désolée.", NO, ""),
        ("invite", "condition", "Oui, mais seulement une fois par mois.", Q, ""),
        ("invite", "condition", "D'accord, si on reste à 15 minutes.", Q, ""),
        ("invite", "defer", "Pas maintenant, redemande-moi en mars.", Q, ""),
        ("invite", "ask", "Qu'est-ce que ça implique exactement ?", Q, ""),
        ("invite", "delegate", "Demande plutôt à Sam, il est mieux placé.", QN, ""),
        ("invite", "ack", "Bien reçu, je regarde ça demain.", Q, ""),
        ("invite", "ack", "Oui, j'ai bien reçu ton mail, je te redis.", Q, ""),
        ("checkin", "advice", "La cooptation, toujours. Demande deux noms à chaque nouvel arrivant.", A,
         "deux noms"),
        ("checkin", "advice", "On construit la nouvelle API de paiement, donc deux profils backend d'ici mars.", A,
         "API de paiement"),
        ("checkin", "numbered", "1. La cooptation\n2. Arrête le long exercice à la maison\n3. Les stagiaires au "
         "printemps", A, "long exercice"),
        ("checkin", "nothing", "Rien de neuf cette semaine.", A, "Rien de neuf"),
        ("checkin", "cadence", "Moins souvent s'il te plaît, une fois par mois suffit.", A, "une fois par mois"),
        ("checkin", "cadence", "On peut faire ça toutes les deux semaines ?", A, "toutes les deux semaines"),
        ("checkin", "stop", "Arrêtez les check-ins, merci.", S, ""),
        ("checkin", "stop", "Merci d'arrêter ces messages.", S, ""),
        ("checkin", "stop", "Stop, je n'ai plus le temps pour ces check-ins.", S, ""),
        ("checkin", "stop", "Je quitte l'entreprise, vendredi est mon dernier jour.", S, ""),
        ("checkin", "pause", "Pause jusqu'au 15 janvier, s'il te plaît.", JAN15, ""),
        ("checkin", "pause", "Mettez en pause jusqu'en mars.", MARCH, ""),
        ("checkin", "pause", "Pause pendant deux semaines, merci.", TWO_WEEKS, ""),
        ("checkin", "lookalike", "Arrête de t'excuser : relancer, c'est ton travail.", A, "relancer"),
        ("checkin", "lookalike", "Stop, excellente question ! Je dirais le retour le jour même.", A,
         "le jour même"),
        ("checkin", "lookalike", "N'arrête surtout pas ces questions, elles m'aident.", A, "elles m'aident"),
        ("checkin", "lookalike", "Elle devrait arrêter d'appeler les managers.", A, "appeler les managers"),
        ("checkin", "lookalike", "Je ferais une pause avant de recruter d'autres juniors.", A, "juniors"),
        ("checkin", "lookalike", "Il faut arrêter de payer les cabinets.", A, "cabinets"),
        ("checkin", "lookalike", "Je pars en mars, d'ici là, profitons-en.", A, "profitons-en"),
    ),
    "es": (
        ("checkin", "lookalike", "Para el próximo trimestre: dos backend y un SRE.", A, "dos backend"),
        ("invite", "yes", "Sí, encantado.", Y, ""),
        ("invite", "yes", "Claro, cuenta conmigo.", Y, ""),
        ("invite", "yes", "Con mucho gusto.", Y, ""),
        ("invite", "yes", "¡Por supuesto! Será un placer.", Y, ""),
        ("invite", "no", "No, lo siento, ahora no puedo.", NO, ""),
        ("invite", "no", "Lamentablemente no tengo tiempo para esto.", NO, ""),
        ("invite", "no", "Lo siento, tengo que decir que no.", NO, ""),
        ("invite", "condition", "Sí, pero solo una vez al mes.", Q, ""),
        ("invite", "condition", "Vale, si son solo 15 minutos.", Q, ""),
        ("invite", "defer", "Ahora no, pregúntame en marzo.", Q, ""),
        ("invite", "ask", "¿Qué implicaría exactamente?", Q, ""),
        ("invite", "delegate", "Pregúntale mejor a Sam, él encaja más.", QN, ""),
        ("invite", "ack", "Recibido, lo miro mañana.", Q, ""),
        ("invite", "ack", "Sí, me llegó tu correo, déjame revisar la agenda.", Q, ""),
        ("checkin", "advice", "Las referencias, siempre. Pide dos nombres a cada persona nueva.", A, "dos nombres"),
        ("checkin", "advice", "Estamos construyendo la nueva API de pagos: dos perfiles backend antes de marzo.", A,
         "API de pagos"),
        ("checkin", "numbered", "1. Referencias\n2. Deja la prueba larga para casa\n3. Becarios en primavera", A,
         "prueba larga"),
        ("checkin", "nothing", "Nada nuevo esta semana.", A, "Nada nuevo"),
        ("checkin", "cadence", "Menos a menudo, por favor: una vez al mes basta.", A, "una vez al mes"),
        ("checkin", "cadence", "¿Podemos hacerlo cada dos semanas?", A, "cada dos semanas"),
        ("checkin", "stop", "Por favor, deja de enviarme estos check-ins.", S, ""),
        ("checkin", "stop", "No más check-ins, gracias.", S, ""),
        ("checkin", "stop", "Dejo la empresa, el viernes es mi último día.", S, ""),
        ("checkin", "pause", "Pausemos hasta marzo.", MARCH, ""),
        ("checkin", "pause", "Pausa hasta el 15 de enero, por favor.", JAN15, ""),
        ("checkin", "pause", "Pausa de dos semanas, por favor.", TWO_WEEKS, ""),
        ("checkin", "lookalike", "Para, el lunes hablamos con calma de esto.", A, "el lunes hablamos"),
        ("checkin", "lookalike", "Para mí, lo mejor es la entrevista técnica en pareja.", A, "en pareja"),
        ("checkin", "lookalike", "Para empezar, revisa las ofertas abiertas.", A, "ofertas abiertas"),
        ("checkin", "lookalike", "Deja de disculparte: insistir es tu trabajo.", A, "insistir"),
        ("checkin", "lookalike", "Debería dejar de llamar a los managers por teléfono.", A, "por teléfono"),
        ("checkin", "lookalike", "Yo pararía las contrataciones junior hasta marzo.", A, "contrataciones junior"),
        ("checkin", "lookalike", "No dejes de mandarme estas preguntas, me ayudan.", A, "me ayudan"),
        ("checkin", "lookalike", "Me voy en marzo, mientras tanto, sigamos.", A, "sigamos"),
    ),
    "nl": (
        ("checkin", "pause", "Pauzeer tot 15 januari aub.", JAN15, ""),
        ("checkin", "lookalike", "Stop niet met deze vragen, ze helpen.", A, "ze helpen"),
        ("invite", "yes", "Ja, graag!", Y, ""),
        ("invite", "yes", "Natuurlijk, doe ik graag.", Y, ""),
        ("invite", "yes", "Zeker, met plezier.", Y, ""),
        ("invite", "no", "Nee, sorry, ik heb er geen tijd voor.", NO, ""),
        ("invite", "no", "Helaas lukt dat me nu niet.", NO, ""),
        ("invite", "condition", "Ja, maar alleen maandelijks.", Q, ""),
        ("invite", "defer", "Nu even niet, vraag het me in maart nog eens.", Q, ""),
        ("invite", "ask", "Wat houdt dat precies in?", Q, ""),
        ("invite", "delegate", "Vraag het liever aan Sam.", QN, ""),
        ("invite", "ack", "Ontvangen, ik kijk er morgen naar.", Q, ""),
        ("checkin", "advice", "Doorverwijzingen, altijd. Vraag elke nieuwe collega om twee namen.", A,
         "twee namen"),
        ("checkin", "nothing", "Niets nieuws deze week.", A, "Niets nieuws"),
        ("checkin", "cadence", "Graag minder vaak, eens per maand is genoeg.", A, "eens per maand"),
        ("checkin", "stop", "Stop alsjeblieft met deze check-ins.", S, ""),
        ("checkin", "pause", "Graag pauzeren tot maart.", MARCH, ""),
        ("checkin", "lookalike", "Stop, goede vraag! Ik denk de feedback op dezelfde dag.", A, "dezelfde dag"),
        ("checkin", "lookalike", "Ze moet stoppen met managers bellen.", A, "managers bellen"),
        ("checkin", "lookalike", "Stop met je te verontschuldigen, nabellen hoort erbij.", A, "nabellen"),
    ),
    "it": (
        ("checkin", "lookalike", "Basta agenzie, solo segnalazioni.", A, "solo segnalazioni"),
        ("checkin", "lookalike", "Stop, bella domanda! Direi il feedback lo stesso giorno.", A, "stesso giorno"),
        ("invite", "yes", "Sì, volentieri!", Y, ""),
        ("invite", "yes", "Certo, con piacere.", Y, ""),
        ("invite", "yes", "Assolutamente sì, ci sto.", Y, ""),
        ("invite", "no", "No, mi dispiace, non ho tempo.", NO, ""),
        ("invite", "no", "Purtroppo non posso in questo periodo.", NO, ""),
        ("invite", "condition", "Sì, ma solo una volta al mese.", Q, ""),
        ("invite", "defer", "Non ora, richiedimelo a marzo.", Q, ""),
        ("invite", "ask", "Cosa comporterebbe esattamente?", Q, ""),
        ("invite", "delegate", "Chiedi piuttosto a Sam.", QN, ""),
        ("invite", "ack", "Ricevuto, ci guardo domani.", Q, ""),
        ("checkin", "advice", "Le segnalazioni, sempre. Chiedi due nomi a ogni nuovo arrivato.", A, "due nomi"),
        ("checkin", "nothing", "Niente di nuovo questa settimana.", A, "Niente di nuovo"),
        ("checkin", "cadence", "Meno spesso, per favore: una volta al mese basta.", A, "una volta al mese"),
        ("checkin", "stop", "Per favore, basta con questi check-in.", S, ""),
        ("checkin", "pause", "Mettiamo in pausa fino a marzo.", MARCH, ""),
        ("checkin", "lookalike", "Pausa, ci penso e ti rispondo venerdì.", A, "ti rispondo venerdì"),
        ("checkin", "lookalike", "Smettila di scusarti, sollecitare è il tuo lavoro.", A, "sollecitare"),
        ("checkin", "lookalike", "Dovrebbe smettere di chiamare i manager.", A, "chiamare i manager"),
    ),
    "pt": (
        ("checkin", "stop", "Pare de mandar esses e-mails, por favor.", S, ""),
        ("checkin", "lookalike", "Para o próximo trimestre: dois backends.", A, "dois backends"),
        ("invite", "yes", "Sim, com prazer!", Y, ""),
        ("invite", "yes", "Claro, pode contar comigo.", Y, ""),
        ("invite", "yes", "Com certeza, vamos nessa.", Y, ""),
        ("invite", "no", "Não, desculpe, não tenho tempo agora.", NO, ""),
        ("invite", "no", "Infelizmente não consigo assumir isso.", NO, ""),
        ("invite", "condition", "Sim, mas só uma vez por mês.", Q, ""),
        ("invite", "defer", "Agora não, pergunte-me de novo em março.", Q, ""),
        ("invite", "ask", "O que isso envolveria exatamente?", Q, ""),
        ("invite", "delegate", "Pergunte antes ao Sam.", QN, ""),
        ("invite", "ack", "Recebido, vejo isso amanhã.", Q, ""),
        ("checkin", "advice", "Indicações, sempre. Peça dois nomes a cada pessoa nova.", A, "dois nomes"),
        ("checkin", "nothing", "Nada de novo esta semana.", A, "Nada de novo"),
        ("checkin", "cadence", "Menos vezes, por favor: uma vez por mês chega.", A, "uma vez por mês"),
        ("checkin", "stop", "Por favor, pare com esses check-ins.", S, ""),
        ("checkin", "pause", "Vamos pausar até março.", MARCH, ""),
        ("checkin", "lookalike", "Para, essa é uma ótima pergunta! Eu diria o feedback no mesmo dia.", A,
         "mesmo dia"),
        ("checkin", "lookalike", "Pare de se desculpar, cobrar é o seu trabalho.", A, "cobrar"),
        ("checkin", "lookalike", "Para mim, o melhor é a entrevista em dupla.", A, "entrevista em dupla"),
    ),
}

# Whole-mail shapes in English that only make sense as a whole mail: inline answers under the quoted check-in,
# a signature with a disclaimer, bottom-posting. (family, body, want, keep).
WHOLE_MAILS: tuple[tuple[str, str, object, str], ...] = (
    ("inline", "Hi Rita, see my notes below.\n\nOn Mon, 7 Dec 2026 at 10:00, Rita Recruiter via mailer "
     "<mailer@acme.example> wrote:\n> Hi Nadia,\n>\n> What is your team building next quarter?\n\nThe new payments "
     "API. Two backend engineers, ideally with Kafka.\n\n>\n> Last time you told me: referrals first.\n>\n> Rita\n",
     A, "Two backend engineers"),
    ("inline", "On Mon, 7 Dec 2026 at 10:00, Rita Recruiter via mailer <mailer@acme.example> wrote:\n> What is "
     "your team building next quarter?\n\nPayments, mostly. And stop worrying about the headcount freeze, it's "
     "lifted.\n", A, "headcount freeze"),
    ("bottom", "On Mon, 7 Dec 2026 at 10:00, Rita Recruiter via mailer <mailer@acme.example> wrote:\n> Hi Nadia,\n"
     ">\n> Which interview question tells you the most?\n>\n> Rita\n\nAsk them to explain a past bug to a "
     "non-engineer.\n\nNadia\n", A, "explain a past bug"),
    ("bottom", "On Mon, 7 Dec 2026 at 10:00, Rita Recruiter via mailer <mailer@acme.example> wrote:\n> Hi Nadia,\n"
     ">\n> Which interview question tells you the most?\n>\n> Rita\n\nPlease stop these check-ins.\n", S, ""),
    ("signature", "The best signal is how they handle a hint during pairing.\n\nBest,\nNadia\n\nNadia Novak | VP "
     "Engineering | Acme Corp\n+49 30 1234567\nThis email and any attachments are confidential and intended solely "
     "for the addressee. If you received it in error, please stop reading, delete it and notify the sender.\n",
     A, "handle a hint during pairing"),
    ("signature", "Pause until March, please — we're in a hiring freeze.\n\n--\nNadia Novak\nVP Engineering\n"
     "Please consider the environment before printing this email.\n", MARCH, ""),
    ("signature", "Two things: be faster on feedback, and stop sending CVs as Word files.\n\nThanks,\nNadia\n"
     "Sent from my iPhone\n", A, "faster on feedback"),
    ("long", "Good question. I've thought about this a lot since last time.\n\nWhat I look for first is whether "
     "they can say no to a bad idea politely. Then whether they ask about the team before the tech stack. People "
     "who stop talking when you push back usually struggle here.\n\nCheers,\nNadia\n", A, "say no to a bad idea"),
    ("greeting", "Hi Rita,\n\nStop.\n\nNadia\n", S, ""),
    ("greeting", "Hi Rita,\n\nstop - that's exactly what I wanted to talk about. The hiring plan changed.\n\nNadia\n",
     A, "hiring plan changed"),
)

_QUOTE = {
    "invite": "Hi Nadia,\n\nWould you be my mentor? A short check-in every two weeks, one question at a time. "
              "You can say stop or pause at any point.\n\nRita",
    "checkin": "Hi Nadia,\n\nWhich interview question tells you the most?\n\nLast time you told me: stop "
               "screening on years of experience.\n\nReply \"pause\" or \"stop\" at any time.\n\nRita",
}
QUOTED_PROMPT = ("Which interview question", "Would you be my mentor", "Reply \"pause\"")
_HEADER = "On Mon, 7 Dec 2026 at 10:00, Rita Recruiter via mailer <mailer@acme.example> wrote:"
_GREETING = {"en": "Hi Rita,", "de": "Hallo Rita,", "fr": "Bonjour Rita,", "es": "Hola Rita:", "nl": "Hoi Rita,",
             "it": "Ciao Rita,", "pt": "Olá Rita,"}


def frames(lang: str, kind: str, text: str) -> list[tuple[str, str]]:
    """The three placements of one phrasing: alone, greeting and sign-off, top-posted above mailer's mail."""
    quoted = "\n".join(f"> {line}" if line else ">" for line in _QUOTE[kind].splitlines())
    return [("", text + "\n"),
            (" greeting", f"{_GREETING[lang]}\n\n{text}\n\nNadia\n"),
            (" top", f"{text}\n\nNadia\n\n{_HEADER}\n{quoted}\n")]


def cases() -> list[tuple[str, str, str, str, object, str]]:
    """(language, kind, family + placement, body, want, keep) for every placed phrasing and whole mail."""
    out = [(lang, kind, family + frame, body, want, keep) for lang, shapes in SHAPES.items()
           for kind, family, text, want, keep in shapes for frame, body in frames(lang, kind, text)]
    out += [("en", "checkin", family + " mail", body, want, keep) for family, body, want, keep in WHOLE_MAILS]
    return out


def reading(kind: str, body: str) -> tuple[str, str]:
    """(what mailer reads, the answer the journal would keep) for a mentor's mail with this plain-text body."""
    from mailer.mentoring.answers import read_invitation_reply, without_own_sign_off
    from mailer.mentoring.checkinreply import read_checkin_reply
    from mailer.reading import replytext

    mail = EmailMessage()
    mail["From"] = f"{MENTOR_NAME} <{MENTOR_EMAIL}>"
    mail["Subject"] = "Re: Would you be my mentor?" if kind == "invite" else "Re: Our check-in"
    mail.set_content(body)
    text = replytext.reply_text(mail)
    if kind == "invite":
        return read_invitation_reply(text), text
    answer = without_own_sign_off(text, MENTOR_NAME, MENTOR_EMAIL, MENTOR_NAME).strip()[:5000]
    said = read_checkin_reply(answer, NOW, TZ) if answer else None
    if said is None:
        return A, answer
    if said.verb == "stop":
        return S, answer
    return f"pause:{said.until.astimezone(TZ).date().isoformat()}", answer


def judge(kind: str, body: str, want: object, keep: str) -> tuple[str, str]:
    """("right" | "wrong" | "missed", what was read) for one case."""
    got, answer = reading(kind, body)
    wants = set(want) if isinstance(want, tuple) else {want}
    if kind == "invite":
        if got in wants:
            return "right", got
        return ("missed" if got == Q else "wrong"), got
    if got == A:
        if A not in wants:
            return "missed", got
        if keep and keep not in answer:
            return "wrong", f"advice lost: {answer[:60]!r}"
        if any(prompt in answer for prompt in QUOTED_PROMPT):
            return "wrong", f"quoted prompt kept: {answer[:60]!r}"
        return "right", got
    if got in wants or (P in wants and got.startswith("pause:")):
        return "right", got
    return "wrong", got
