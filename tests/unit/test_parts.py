"""Which parts of a mail the IMAP edge downloads, and the sparse message rebuilt from them.

The BODYSTRUCTUREs are Dovecot's answers for these mails, as imapclient parses them."""

from imapclient.response_types import BodyData

from mailer.parts import OMITTED_HEADER, assemble, plan
from mailer.reading.parse import parse

SUBMISSION = BodyData.create(
    ([([(b"text", b"plain", (b"charset", b"utf-8"), None, None, b"7bit", 56, 0, None, None, None, None),
         (b"text", b"html", (b"charset", b"utf-8"), None, None, b"7bit", 63, 0, None, None, None, None)],
        b"alternative", (b"boundary", b"a0"), None, None, None),
       (b"application", b"pdf", (b"name", b"Omar_Novak_0_CV.pdf"), None, None, b"base64", 205276, None,
        (b"attachment", (b"filename", b"Omar_Novak_0_CV.pdf")), None, None)],
      b"mixed", (b"boundary", b"b0"), None, None, None))

BOUNCE = BodyData.create(
    ([(b"text", b"plain", (b"charset", b"us-ascii"), None, None, b"7bit", 6, 0, None, None, None, None),
      (b"message", b"delivery-status", None, None, None, b"7bit", 86, None, None, None, None),
      (b"message", b"rfc822", None, None, None, b"7bit", 53,
       (None, b"hi", ((None, None, b"me", b"x"),), ((None, None, b"me", b"x"),), ((None, None, b"me", b"x"),),
        None, None, None, None, b"<orig@x>"),
       (b"text", b"plain", (b"charset", b"us-ascii"), None, None, b"7bit", 4, 0, None, None, None, None),
       4, None, None, None, None)],
     b"report", (b"report-type", b"delivery-status", b"boundary", b"zz"), None, None, None))

PLAIN = BodyData.create((b"text", b"plain", (b"charset", b"us-ascii"), None, None, b"7bit", 12, 1, None, None, None, None))

TEXT_ATTACHMENT = BodyData.create(
    ([(b"text", b"plain", (b"charset", b"utf-8"), None, None, b"7bit", 20, 1, None, None, None, None),
      (b"text", b"plain", (b"name", b"notes.txt"), None, None, b"base64", 90_000, 1200, None,
       (b"attachment", (b"filename", b"notes.txt")), None, None)],
     b"mixed", (b"boundary", b"q"), None, None, None))

FORWARD_WITH_BIG_ORIGINAL = BodyData.create(
    ([(b"text", b"plain", (b"charset", b"utf-8"), None, None, b"7bit", 30, 1, None, None, None, None),
      (b"message", b"rfc822", None, None, None, b"7bit", 3_000_000,
       (None, b"Candidate", None, None, None, None, None, None, None, b"<inner@x>"),
       ([(b"text", b"plain", (b"charset", b"utf-8"), None, None, b"7bit", 40, 1, None, None, None, None),
         (b"application", b"pdf", (b"name", b"Li_Wei_CV.pdf"), None, None, b"base64", 2_990_000, None,
          (b"attachment", (b"filename", b"Li_Wei_CV.pdf")), None, None)],
        b"mixed", (b"boundary", b"in"), None, None, None),
       60_000, None, None, None, None)],
     b"mixed", (b"boundary", b"out"), None, None, None))


def test_a_submission_fetches_its_text_and_html_and_only_the_mime_header_of_the_pdf():
    chosen = plan(SUBMISSION)
    assert chosen.sections == ("HEADER", "1.MIME", "1.1.MIME", "1.1", "1.2.MIME", "1.2", "2.MIME")
    assert (chosen.download, chosen.omitted) == (56 + 63, 205276)


def test_a_bounce_fetches_its_text_its_status_and_the_returned_message():
    assert plan(BOUNCE).sections == ("HEADER", "1.MIME", "1", "2.MIME", "2", "3.MIME", "3")
    assert plan(BOUNCE).omitted == 0


def test_a_single_part_mail_fetches_header_and_text():
    assert plan(PLAIN).sections == ("HEADER", "TEXT")


def test_a_text_file_attached_is_an_attachment_not_the_body():
    chosen = plan(TEXT_ATTACHMENT)
    assert "2" not in chosen.sections and "1" in chosen.sections and chosen.omitted == 90_000


def test_a_big_forwarded_message_gives_its_header_and_text_but_not_its_attachment():
    chosen = plan(FORWARD_WITH_BIG_ORIGINAL)
    assert chosen.sections == ("HEADER", "1.MIME", "1", "2.MIME", "2.HEADER", "2.1.MIME", "2.1", "2.2.MIME")
    assert chosen.omitted == 2_990_000


def test_the_rebuilt_submission_reads_like_the_original_without_the_pdf_bytes():
    fetched = {
        "HEADER": b"From: Rita <rita@acme.test>\r\nTo: maria@acme.test\r\nSubject: A strong candidate\r\n"
                  b"Message-ID: <s1@acme.test>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n",
        "1.MIME": b"Content-Type: multipart/alternative; boundary=a0\r\n\r\n",
        "1.1.MIME": b"Content-Type: text/plain; charset=utf-8\r\n\r\n",
        "1.1": "Hi, Omar would be great. Résumé attached.".encode(),
        "1.2.MIME": b"Content-Type: text/html; charset=utf-8\r\n\r\n",
        "1.2": b"<p>Hi, Omar would be great.</p>",
        "2.MIME": b"Content-Type: application/pdf; name=Omar_Novak_0_CV.pdf\r\n"
                  b"Content-Disposition: attachment; filename=Omar_Novak_0_CV.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n",
    }
    raw = assemble(SUBMISSION, fetched)
    msg = parse(raw)
    assert msg.attachments == ("Omar_Novak_0_CV.pdf",)
    assert msg.body_text == "Hi, Omar would be great. Résumé attached."
    assert msg.message_id == "s1@acme.test" and msg.sender.email == "rita@acme.test"
    pdf = [p for p in msg.parsed.walk() if p.get_content_type() == "application/pdf"][0]
    assert pdf[OMITTED_HEADER] == "205276 bytes not downloaded" and pdf.get_payload(decode=True) == b""


def test_the_rebuilt_bounce_keeps_the_returned_message_id():
    fetched = {
        "HEADER": b"From: MAILER-DAEMON@x.test\r\nSubject: failed\r\nMIME-Version: 1.0\r\n"
                  b"Content-Type: multipart/report; report-type=delivery-status; boundary=zz\r\n\r\n",
        "1.MIME": b"Content-Type: text/plain\r\n\r\n", "1": b"failed",
        "2.MIME": b"Content-Type: message/delivery-status\r\n\r\n",
        "2": b"Reporting-MTA: dns; x\r\n\r\nFinal-Recipient: rfc822; q@w\r\nAction: failed\r\nStatus: 5.1.1\r\n",
        "3.MIME": b"Content-Type: message/rfc822\r\n\r\n", "3": b"From: me@x\r\nMessage-ID: <orig@x>\r\nSubject: hi\r\n\r\nbody",
    }
    msg = parse(assemble(BOUNCE, fetched))
    inner = [p for p in msg.parsed.walk() if p.get_content_type() == "message/rfc822"][0].get_payload()[0]
    assert inner["Message-ID"] == "<orig@x>"
    status = [p for p in msg.parsed.walk() if p.get_content_type() == "message/delivery-status"][0]
    assert "5.1.1" in str(status)


def test_a_mail_that_is_only_an_attachment_says_so_in_its_header():
    pdf = BodyData.create((b"application", b"pdf", (b"name", b"cv.pdf"), None, None, b"base64", 5000, None, None, None, None))
    assert plan(pdf).sections == ("HEADER",)
    msg = parse(assemble(pdf, {"HEADER": b"From: a@x.test\r\nContent-Type: application/pdf; name=cv.pdf\r\n\r\n"}))
    assert msg.header(OMITTED_HEADER) == "5000 bytes not downloaded"
