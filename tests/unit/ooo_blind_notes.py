"""A blind table of whole short mails about an absence: people's notes (a manager answering in the candidate's thread
about their own or someone else's absence, with or without a decision, a question or a delegation) and notices pasted
without their headers, as clients and people set them. Written before mailer was run on any row (round 7, session 4).

A person's note is built from an absence clause and what the person goes on to say, in each language; each pair is a
plausible whole mail, which is what matters: the sentence about the absence must never make the note a notice.

bench/ooo_blind.py prints the figures; tests/unit/test_ooo_blind.py fails on a wrong reading not listed as known.
"""

from __future__ import annotations

SUBJECT = "Re: Candidate: Jane Doe – Backend Engineer"

# (absence clauses, what follows), per language. Every absence clause is a person's own words: short, first person or
# about a colleague, no notice's furniture (no "thank you for your email", no "your mail will not be forwarded").
PEOPLE = {
    "en": (["I'm off next week", "I'm on holiday until the 20th", "Sorry for the slow reply, I was out of the office "
            "until yesterday", "I'll be out of the office from Thursday until 23 November",
            "Paul is on leave until 20 November", "I'm travelling this week with patchy email"],
           ["but let's interview her before I go.", "— can we do the interview after that?",
            "so please ask Paul to decide; he has my blessing.", "but pass on this one, not enough backend depth.",
            "Could you resend her CV when I'm back?", "anyway: yes, interview.\n\nMaria"]),
    "de": (["Ich bin nächste Woche im Urlaub", "Ich bin bis zum 20. November nicht im Büro",
            "Sorry für die späte Antwort, ich war bis gestern krank", "Paul ist bis Freitag im Urlaub",
            "Ich bin ab Donnerstag bis 23.11. weg"],
           ["aber lass uns sie vorher noch einladen.", "– können wir das Gespräch danach machen?",
            "bitte frag Paul, er entscheidet für mich.", "leider passt sie nicht.",
            "Schick mir den Lebenslauf bitte nochmal, wenn ich zurück bin.", "trotzdem: Interview, gerne.\n\nMaria"]),
    "fr": (["Je suis en congés la semaine prochaine", "Je suis absente jusqu'au 20 novembre",
            "Désolée pour le retard, j'étais en vacances jusqu'à hier", "Paul est en congé jusqu'à vendredi",
            "Je serai en déplacement à partir de jeudi"],
           ["mais on peut la voir en entretien avant.", "– peut-on faire l'entretien après ?",
            "merci de voir avec Paul, il décide pour moi.", "on passe, profil trop junior.",
            "Peux-tu me renvoyer son CV à mon retour ?", "sinon oui, entretien.\n\nMaria"]),
    "es": (["Estoy de vacaciones la semana que viene", "Estaré fuera hasta el 20 de noviembre",
            "Perdona la demora, estuve de baja hasta ayer", "Pablo está de vacaciones hasta el viernes",
            "Estoy de viaje toda la semana"],
           ["pero hagamos la entrevista antes.", "– ¿podemos hacer la entrevista después?",
            "por favor pregunta a Pablo, decide él.", "no encaja con el puesto.",
            "¿Me reenvías el CV cuando vuelva?", "de todos modos: sí, entrevista.\n\nMaría"]),
    "nl": (["Ik ben volgende week op vakantie", "Ik ben tot en met 20 november afwezig",
            "Sorry voor de late reactie, ik was tot gisteren ziek", "Paul is tot vrijdag met verlof",
            "Ik ben vanaf donderdag op reis"],
           ["maar laten we haar vooraf uitnodigen.", "– kunnen we het gesprek daarna doen?",
            "vraag Paul maar, hij beslist.", "geen match helaas, te junior.",
            "Kun je het cv opnieuw sturen als ik terug ben?", "hoe dan ook: ja, gesprek.\n\nMaria"]),
    "it": (["Sono in ferie la prossima settimana", "Sarò fuori ufficio fino al 20 novembre",
            "Scusa il ritardo, ero in malattia fino a ieri", "Paolo è in ferie fino a venerdì"],
           ["ma facciamo il colloquio prima.", "– possiamo fare il colloquio dopo?",
            "chiedi pure a Paolo, decide lui.", "non fa per noi, troppo junior.",
            "Mi rimandi il CV quando torno?", "comunque sì, colloquio.\n\nMaria"]),
    "pt": (["Estou de férias na próxima semana", "Estarei fora até 20 de novembro",
            "Desculpa a demora, estive de baixa até ontem", "O Paulo está de férias até sexta"],
           ["mas vamos entrevistá-la antes.", "– podemos fazer a entrevista depois?",
            "pergunta ao Paulo, ele decide.", "não é para nós, muito júnior.",
            "Podes reenviar o CV quando eu voltar?", "de qualquer forma: sim, entrevista.\n\nMaria"]),
}

# Notices as clients and people set them, pasted without headers under the thread's "Re:" (the client kept the
# subject). {d} is a date in the notice's language; each language has its own few shapes.
NOTICES = {
    "en": [
        "Thank you for your email. I am out of the office until 20 November with limited access to email. For urgent "
        "matters please contact Paul Smith (paul@acme.test).",
        "Hello,\n\nI am currently on annual leave and will return on Monday 23 November. Your message will not be "
        "forwarded. If your request is urgent, please contact hr@acme.test.\n\nKind regards,\nMaria",
        "I'm out of the office until 20/11 and will respond to your email upon my return.",
        "This is an automatic reply. I am away from my desk until Friday and checking email only occasionally.",
        "Thanks for your message. I'm on parental leave until further notice. Please contact Paul Smith for anything "
        "related to hiring.",
        "Out of office: I am at a conference from 16 to 20 November. I will reply when I get back.",
        "I am currently out of the office with no access to email. I will respond to your message as soon as possible "
        "after my return on 23 November.",
        "Automatic reply: Maria Manager is on leave until 20 November. In her absence please contact Paul Smith.",
        "Hi, thanks for reaching out! I'm on vacation until 20 November and won't be checking email. Talk soon!",
        "Please note I am out of office until 4 December. Your email has not been forwarded; please resend it after "
        "that date if it is still relevant.",
        "I'm currently travelling with limited connectivity until 20 November. For recruiting questions please "
        "write to recruiting@acme.test.",
        "Thank you for your message. I am out of the office today. I will be back tomorrow and will reply then.",
        "Hi! I'm out until Friday 20 November, back Monday. For anything urgent call Paul on +44 20 7946 0100.",
        "Maria Manager is out of the office until 20 November. This mailbox is not monitored during that time.",
    ],
    "de": [
        "Vielen Dank für Ihre Nachricht. Ich bin bis zum 20.11. nicht im Büro und habe keinen Zugriff auf meine "
        "E-Mails. In dringenden Fällen wenden Sie sich bitte an Paul Schmidt (paul@acme.test).",
        "Guten Tag,\n\nich bin ab dem 23. November wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet.\n\n"
        "Mit freundlichen Grüßen\nMaria Manager",
        "Dies ist eine automatische Antwort. Ich befinde mich bis einschließlich 20. November im Urlaub.",
        "Herzlichen Dank für Ihre E-Mail. Ich bin derzeit abwesend und ab Montag, 23.11., wieder im Büro. Ihre "
        "Nachricht wird nicht gelesen; bitte wenden Sie sich an hr@acme.test.",
        "Ich bin bis 20.11. im Urlaub. Meine Vertretung ist Paul Schmidt, paul@acme.test.",
        "Abwesenheitsnotiz: Ich bin vom 16. bis 20. November auf Dienstreise und lese meine E-Mails nur "
        "eingeschränkt.",
        "Vielen Dank für Ihre Mail. Ich bin bis auf Weiteres in Elternzeit. Bitte wenden Sie sich an Paul Schmidt.",
        "Ich bin derzeit nicht im Büro. Ihre Nachricht wird nach meiner Rückkehr am 23.11. bearbeitet.",
        "Hallo, ich bin bis Freitag auf einer Konferenz und antworte danach. Dringendes bitte an paul@acme.test.",
        "Ihre E-Mail ist eingegangen. Ich bin bis zum 4. Dezember abwesend. Die Nachricht wird nicht "
        "weitergeleitet.",
        "Danke für Ihre Nachricht. Ich bin heute nicht im Büro und ab morgen wieder erreichbar.",
    ],
    "fr": [
        "Bonjour,\n\nJe suis absente du bureau jusqu'au 20 novembre inclus, avec un accès limité à mes e-mails. En "
        "cas d'urgence, merci de contacter Paul Martin (paul@acme.test).\n\nCordialement,\nMaria",
        "Merci pour votre message. Je suis actuellement en congés et serai de retour le 23 novembre. Votre message "
        "ne sera pas transféré.",
        "Ceci est une réponse automatique. Je suis en déplacement jusqu'au 20/11 et je vous répondrai à mon retour.",
        "Je suis absent jusqu'à nouvel ordre. Pour toute question relative au recrutement, écrivez à rh@acme.test.",
        "Message d'absence : je suis en congé du 16 au 20 novembre. Je traiterai votre demande à mon retour.",
        "Merci de votre e-mail. Je suis en formation toute la journée et vous répondrai demain.",
        "Je suis en congé maternité jusqu'au 4 décembre. Pendant mon absence, merci de contacter Paul Martin.",
        "Bonjour, je suis absente jusqu'au vendredi 20 novembre. Je n'aurai pas accès à ma messagerie. Bien à vous.",
        "Votre message a bien été reçu. Je suis actuellement absent et je reviens le 23/11.",
        "Je suis en vacances jusqu'au 20 novembre. Votre e-mail ne sera pas lu ; merci de le renvoyer après cette "
        "date.",
        "Merci pour votre mail. Je suis absent du bureau et de retour lundi 23 novembre.",
    ],
    "es": [
        "Gracias por su mensaje. Estaré fuera de la oficina hasta el 20 de noviembre con acceso limitado al correo. "
        "Para asuntos urgentes, contacte con Pablo García (pablo@acme.test).",
        "Hola,\n\nEstoy de vacaciones hasta el 20/11. Su mensaje no será reenviado.\n\nUn saludo,\nMaría",
        "Esta es una respuesta automática. Me encuentro fuera de la oficina y regresaré el 23 de noviembre.",
        "Estoy de baja hasta nuevo aviso. Para temas de selección, escriba a rrhh@acme.test.",
        "Mensaje de ausencia: estoy de viaje del 16 al 20 de noviembre. Responderé a mi regreso.",
        "Gracias por tu correo. Hoy estoy fuera de la oficina; te responderé mañana.",
        "Me encuentro de vacaciones hasta el 4 de diciembre inclusive. En mi ausencia, contacte con Pablo García.",
        "He recibido su mensaje. Estaré ausente hasta el viernes 20 de noviembre y lo atenderé a mi vuelta.",
        "Estoy fuera de la oficina hasta el 20 de noviembre. Su correo no será leído; por favor, reenvíelo después "
        "de esa fecha.",
        "Gracias por escribir. Estoy en una conferencia hasta el viernes y con acceso limitado al correo.",
        "Actualmente no estoy en la oficina. Estaré de vuelta el lunes 23 de noviembre.",
    ],
    "nl": [
        "Bedankt voor uw bericht. Ik ben tot en met 20 november afwezig en heb beperkt toegang tot mijn e-mail. "
        "Voor dringende zaken kunt u contact opnemen met Paul de Vries (paul@acme.test).",
        "Dit is een automatisch antwoord. Ik ben met vakantie t/m 20-11. Uw e-mail wordt niet doorgestuurd.",
        "Goedendag,\n\nIk ben vanaf 23 november weer op kantoor en zal uw bericht dan beantwoorden.\n\nMet "
        "vriendelijke groet,\nMaria",
        "Ik ben tot nader order afwezig. Neem voor recruitment contact op met hr@acme.test.",
        "Afwezigheidsbericht: ik ben van 16 tot en met 20 november op reis.",
        "Bedankt voor je mail. Ik ben vandaag afwezig en reageer morgen.",
        "Ik ben met zwangerschapsverlof tot 4 december. Neem in die tijd contact op met Paul de Vries.",
        "Uw bericht is ontvangen. Ik ben momenteel niet aanwezig en ben maandag 23 november weer terug.",
        "Ik ben tot vrijdag op een congres en lees mijn mail beperkt. Voor dringende zaken: paul@acme.test.",
        "Ik ben afwezig tot en met 20 november. Uw bericht wordt niet gelezen; stuur het na die datum opnieuw.",
        "Hartelijk dank voor uw e-mail. Ik ben op vakantie tot en met vrijdag 20 november.",
    ],
    "it": [
        "Grazie per il messaggio. Sarò fuori ufficio fino al 20 novembre con accesso limitato alla posta. Per "
        "urgenze contattare Paolo Rossi (paolo@acme.test).",
        "Questa è una risposta automatica. Sono in ferie fino al 20/11 e il suo messaggio non verrà inoltrato.",
        "Buongiorno,\n\nsono assente e rientrerò in ufficio il 23 novembre.\n\nCordiali saluti,\nMaria",
        "Sono assente fino a nuovo avviso. Per la selezione scrivere a hr@acme.test.",
        "Messaggio di assenza: sarò in trasferta dal 16 al 20 novembre.",
        "Grazie per la mail. Oggi sono fuori ufficio e risponderò domani.",
        "Sono in maternità fino al 4 dicembre. Durante la mia assenza contattare Paolo Rossi.",
        "Ho ricevuto il suo messaggio. Sono attualmente fuori sede e rientro lunedì 23 novembre.",
        "Sarò assente fino al 20 novembre. Il messaggio non verrà letto; la preghiamo di inviarlo di nuovo dopo "
        "tale data.",
        "Sono a una conferenza fino a venerdì e controllo la posta saltuariamente.",
        "Grazie per avermi scritto. Sono in ferie fino al 20 novembre compreso.",
    ],
    "pt": [
        "Obrigado pela sua mensagem. Estarei ausente do escritório até 20 de novembro com acesso limitado ao e-mail. "
        "Para assuntos urgentes, contacte Paulo Silva (paulo@acme.test).",
        "Esta é uma resposta automática. Estou de férias até 20/11. A sua mensagem não será reencaminhada.",
        "Olá,\n\nEstou fora e regressarei ao escritório a 23 de novembro.\n\nCumprimentos,\nMaria",
        "Estou ausente até novo aviso. Para recrutamento, escreva para rh@acme.test.",
        "Mensagem de ausência: estarei em viagem de 16 a 20 de novembro.",
        "Obrigada pelo e-mail. Hoje estou fora do escritório e respondo amanhã.",
        "Estou de licença de maternidade até 4 de dezembro. Na minha ausência, contacte Paulo Silva.",
        "Recebi a sua mensagem. De momento estou ausente e volto segunda-feira, 23 de novembro.",
        "Estarei ausente até 20 de novembro. O seu e-mail não será lido; por favor reenvie-o depois dessa data.",
        "Estou numa conferência até sexta-feira, com acesso limitado ao e-mail.",
        "Obrigado pelo contacto. Estou de férias até 20 de novembro inclusive.",
    ],
}


def people() -> list[tuple[str, str, str]]:
    """(lang, subject, body): every absence clause with every follow-on, as one short mail."""
    rows = []
    for lang, (absences, follow_ons) in PEOPLE.items():
        for absence in absences:
            for follow_on in follow_ons:
                joiner = ", " if follow_on[0].islower() or follow_on[0] in "–—" else ". "
                rows.append((lang, SUBJECT, f"{absence}{joiner}{follow_on}"))
    return rows


def notices() -> list[tuple[str, str, str]]:
    return [(lang, SUBJECT, body) for lang, bodies in NOTICES.items() for body in bodies]
