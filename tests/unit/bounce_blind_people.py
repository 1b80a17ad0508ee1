"""The blind bounce sweep, people's side: a manager, under their own From in a tracked thread, writing *about*
delivery (a bounce they got, a full mailbox, a pasted '550 5.1.1', mail in their junk folder, "please stop
emailing me"). Written, with the expected reading, before the bounce and machine-mail rules were read or run.

Each row: (lang, subject, body, expect). expect 'answer': the manager's own mail in the thread, so an answer (or a
command); 'not-stop': the README makes a reply or forward of a failure notice ("Fwd: Returned mail: …") machine
mail, never an answer, so ignoring it is right; only a bounce or complaint reading (which stops mailing the
manager) is wrong."""

from __future__ import annotations

THREAD = {"en": "Candidate: Jane Doe – Backend Engineer", "de": "Kandidatin: Jane Doe – Backend Engineer",
          "fr": "Candidate : Jane Doe – Backend Engineer", "es": "Candidata: Jane Doe – Backend Engineer",
          "nl": "Kandidaat: Jane Doe – Backend Engineer"}
REPLY_TAG = {"en": "Re: ", "de": "AW: ", "fr": "RE: ", "es": "RE: ", "nl": "Antw: "}
# A reply to a failure notice about the thread's mail: README's "reply or forward of a failure notice".
FAILURE_REPLY = {"en": ["Re: Undeliverable: Candidate: Jane Doe – Backend Engineer",
                        "RE: Returned mail: see transcript for details",
                        "Fwd: Mail delivery failed: returning message to sender",
                        "Fwd: Delivery Status Notification (Failure)"],
                 "de": ["AW: Unzustellbar: Kandidatin: Jane Doe – Backend Engineer"],
                 "fr": ["RE: Non remis : Candidate : Jane Doe – Backend Engineer"],
                 "es": ["RE: No se puede entregar: Candidata: Jane Doe – Backend Engineer"],
                 "nl": ["RE: Onbestelbaar: Kandidaat: Jane Doe – Backend Engineer"]}
# A person's own new subject about delivery (not a reply or forward of a notice).
OWN_SUBJECT = {"en": ["Delivery Status Notification — what does this mean?", "Your mail bounced",
                      "Undeliverable message? Jane Doe"],
               "de": ["Unzustellbar? Ihre Mail zu Jane Doe"], "fr": ["Message non remis ? Jane Doe"],
               "es": ["¿Correo no entregado? Jane Doe"], "nl": ["Onbestelbaar bericht? Jane Doe"]}

BODIES = {
    "en": [
        "Hi Rita,\n\nI tried to forward your mail about Jane to our hiring lead and got an 'undeliverable' message "
        "back. Is there another address I should use?\n\nThanks,\nMaria",
        "Your previous mail bounced from my old address, please use this one from now on. I'll look at the CV "
        "tomorrow.\n\nMaria",
        "I got a Delivery Status Notification (Failure) after replying to you - what does this mean? Did my answer "
        "arrive?\n\nMaria",
        "Rita, I got this when I replied:\n\n> Mail delivery failed: returning message to sender\n> This message was "
        "created automatically by mail delivery software.\n> A message that you sent could not be delivered to one or "
        "more of its recipients. This is a permanent error. The following address(es) failed:\n>   "
        "jane.doe@example.org\n\nIs Jane's address right?\n\nMaria",
        "Sorry, my mailbox was full last week, so your earlier mails probably bounced. I'm interested in Jane - "
        "let's set up an interview.\n\nMaria",
        "550 5.1.1 user unknown - is Jane's address right? I tried to write to her directly.\n\nMaria",
        "Can you help? I keep getting this when I write to the candidate:\n\n---------- Forwarded message ---------\n"
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nDate: Mon, 2 Nov 2026 10:14:03 +0100\n"
        "Subject: Delivery Status Notification (Failure)\nTo: <maria@acme.test>\n\nAddress not found\n\nYour message "
        "wasn't delivered to jane.doe@example.org because the address couldn't be found, or is unable to receive "
        "mail.\n\nThe response from the remote server was:\n550 5.1.1 The email account that you tried to reach "
        "does not exist.\n",
        "I keep receiving these reminders and frankly they look like spam. I've marked the last one as junk. Please "
        "take me off this.\n\nMaria",
        "Please stop emailing me about this candidate. I already told Rita no.\n\nMaria",
        "Your mail landed in my junk folder and I only saw it today. Jane looks good - yes to an interview.\n\nMaria",
        "I'm getting 'message blocked' errors when I write to Jane's address (554 5.7.1 rejected). Could you send "
        "me her phone number?\n\nMaria",
        "Mail delivery failed? I never sent anything to that address. Anyway: no, not a fit for us.\n\nMaria",
        "The out-of-office and the bounce you got were from my old mailbox. I'm back - Jane looks fine, go ahead."
        "\n\nMaria",
        "Recipient address rejected: Access denied - that's what our server told me when I wrote to the candidate. "
        "IT says it's our filter. Sorry about the delay; yes, let's meet her.\n\nMaria",
        "Delivery has failed to these recipients or groups - that's what Outlook told me. Did you get my previous "
        "reply? I said yes to Jane.\n\nMaria",
    ],
    "de": [
        "Hallo Rita,\n\nich habe eine Unzustellbar-Meldung bekommen, als ich Ihre Mail an unseren Teamleiter "
        "weiterleiten wollte. Haben Sie eine andere Adresse?\n\nGruß\nMaria",
        "Mein Postfach war voll, sorry - Ihre Mails sind wohl zurückgekommen. Frau Doe klingt gut, gerne ein "
        "Gespräch.\n\nMaria",
        "Ich bekomme immer 'Benutzer unbekannt' (550 5.1.1), wenn ich Frau Doe schreibe. Stimmt ihre Adresse?"
        "\n\nMaria",
        "Bitte schicken Sie mir keine Erinnerungen mehr, ich habe bereits abgesagt.\n\nMaria",
        "Ihre Nachricht ist bei mir im Spam-Ordner gelandet. Ja, wir laden sie ein.\n\nMaria",
        "Das kam zurück:\n\n> Die Nachricht konnte nicht an folgende Empfänger zugestellt werden: "
        "jane.doe@example.org\n> Remoteserver hat '550 5.1.1 User unknown' zurückgegeben\n\nWas bedeutet das?"
        "\n\nMaria",
    ],
    "fr": [
        "Bonjour Rita,\n\nJ'ai reçu un message « non remis » en transférant votre mail à mon collègue. Avez-vous "
        "une autre adresse ?\n\nCordialement,\nMaria",
        "Ma boîte était pleine, désolée, vos messages ont dû revenir. Jane m'intéresse, organisons un entretien."
        "\n\nMaria",
        "Merci de ne plus m'envoyer de relances, j'ai déjà répondu non.\n\nMaria",
        "J'ai eu une erreur 550 5.1.1 utilisateur inconnu en écrivant à Jane. Son adresse est-elle correcte ?"
        "\n\nMaria",
        "Votre mail est arrivé dans mes spams. Oui pour un entretien.\n\nMaria",
        "Voici ce que j'ai reçu :\n\n> Échec de la remise aux destinataires suivants : jane.doe@example.org\n"
        "> Le serveur distant a retourné '550 5.1.1 User unknown'\n\nQu'est-ce que cela veut dire ?\n\nMaria",
    ],
    "es": [
        "Hola Rita,\n\nRecibí un mensaje de 'no se pudo entregar' al reenviar tu correo. ¿Tienes otra dirección?"
        "\n\nSaludos,\nMaria",
        "Mi buzón estaba lleno, perdona. Jane me interesa, hagamos una entrevista.\n\nMaria",
        "Por favor, deja de enviarme correos sobre esta candidata; ya dije que no.\n\nMaria",
        "Me sale el error 550 5.1.1 usuario desconocido al escribir a Jane. ¿Es correcta su dirección?\n\nMaria",
        "Tu correo llegó a la carpeta de spam. Sí a la entrevista.\n\nMaria",
        "Me llegó esto:\n\n> No se pudo entregar el mensaje a: jane.doe@example.org\n> El servidor remoto devolvió "
        "'550 5.1.1 User unknown'\n\n¿Qué significa?\n\nMaria",
    ],
    "nl": [
        "Hoi Rita,\n\nIk kreeg een 'onbestelbaar'-melding toen ik je mail doorstuurde. Heb je een ander adres?"
        "\n\nGroet,\nMaria",
        "Mijn mailbox was vol, sorry. Jane lijkt me goed, laten we een gesprek plannen.\n\nMaria",
        "Stuur me alsjeblieft geen mails meer over deze kandidaat, ik heb al nee gezegd.\n\nMaria",
        "Ik krijg een foutmelding 550 5.1.1 gebruiker onbekend als ik Jane mail. Klopt haar adres?\n\nMaria",
        "Je mail zat in mijn spamfolder. Ja, graag een gesprek.\n\nMaria",
        "Dit kwam terug:\n\n> Het bericht kon niet worden bezorgd bij: jane.doe@example.org\n> De externe server "
        "gaf '550 5.1.1 User unknown' terug\n\nWat betekent dit?\n\nMaria",
    ],
}

QUOTE = ("\n\nOn Mon, 2 Nov 2026 at 09:00, Acme Recruiting <mailer@acme.test> wrote:\n> Hi Maria,\n>\n> Rita "
         "Recruiter sent you Jane Doe for Backend Engineer on Friday. Have you had a chance to look?\n>\n> Acme "
         "Recruiting\n")


def rows() -> list[tuple[str, str, str, str]]:
    out: list[tuple[str, str, str, str]] = []
    for lang, bodies in BODIES.items():
        for body in bodies:
            out.append((lang, REPLY_TAG[lang] + THREAD[lang], body, "answer"))
            out.append((lang, REPLY_TAG[lang] + THREAD[lang], body + QUOTE, "answer"))
            for subject in OWN_SUBJECT[lang][:1 if lang != "en" else 3]:
                out.append((lang, subject, body, "answer"))
            for subject in FAILURE_REPLY[lang]:
                out.append((lang, subject, body, "not-stop"))
    return out
