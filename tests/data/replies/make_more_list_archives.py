"""Rebuild the fifth sample of list-archive replies (`berlios_more_lists/`) here and in ../heldout/replies from a local
mirror (run once by hand; nothing reads this at test time, and the files are never read at run time).

Every mail is a real reply a person sent to a public BerliOS mailing list in a language the reply sets did not hold
yet: Czech and Slovak (reportasistent-list and plantlore-dev, two student projects at Charles University, Prague),
Slovenian (jimmyim-devel), Polish (oplug-planet), Brazilian Portuguese (motiro-devel-pt_br) and Bolivian Spanish
(mhc-bo-devel). Each is cut out of the list's pipermail text archive by its Message-ID and redacted exactly as
`make_list_archives.py` does (its separator, address patterns and rebuild helpers are reused): the archive's
separator line is dropped, the local part of every address becomes `name.removed`.

Which half a file goes to is decided by its name alone, before anything was measured: held out when the first byte
of SHA-256 of `<source>/<file name>` is even (the rule of ../heldout/README.md). The reply-text labels live in each
half's expected.json, written by hand from the files.

Usage: python tests/data/replies/make_more_list_archives.py --mirror /work/.mirror
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run as a script: the shared rebuild module sits one folder up
sys.path.insert(0, str(HERE))
from make_list_archives import BODY_ADDRESS, FROM_HEADER, FROM_LINE, HELDOUT, SEPARATOR, held_out  # noqa: E402
from rebuild import git_show, mirror_argument, pipermail_message, redact_addresses  # noqa: E402

SOURCE = "berlios_more_lists"
# repository -> commit holding the archive files
ARCHIVES = {
    "BackupTheBerlios/reportasistent-list-maillist": "fd34616c59372b41976bf6a3ee78bf6adac40ccc",
    "BackupTheBerlios/plantlore-dev-maillist": "926a6293faaa52129425cb8e885222ae590a73fd",
    "BackupTheBerlios/jimmyim-devel-maillist": "3b01eb3f82b35261cffa8f83a31bec24d1c1271d",
    "BackupTheBerlios/oplug-planet-maillist": "5b980dca8ea9061b832cc4601342d8800637930e",
    "BackupTheBerlios/motiro-devel-pt_br-maillist": "dac7e1750e1e4b7711bd476f9292db982431600f",
    "BackupTheBerlios/mhc-bo-devel-maillist": "b04570434d74d60bbb9696634b6dc76b80754831",
}

# (file, repository, archive path, Message-ID)
ROWS = [
    ('reportasistent-2007-01-6025e29e.eml', 'BackupTheBerlios/reportasistent-list-maillist', '2007-January.txt',
     '<459ECD3F.7010100@post.cz>'),
    ('reportasistent-2007-03-40ee645f.eml', 'BackupTheBerlios/reportasistent-list-maillist', '2007-March.txt',
     '<b1503eb40703130918kccdf935p4c2fbe7d272fb06b@mail.gmail.com>'),
    ('reportasistent-2006-10-f54b92ee.eml', 'BackupTheBerlios/reportasistent-list-maillist', '2006-October.txt',
     '<7c08ba520610020233s192d84e1l9744f24b44ea620f@mail.gmail.com>'),
    ('reportasistent-2006-02-fa970fc1.eml', 'BackupTheBerlios/reportasistent-list-maillist', '2006-February.txt',
     '<18c5737d7b70533bad66b86ef6a19880@www3.mail.volny.cz>'),
    ('reportasistent-2006-05-1b9ecd22.eml', 'BackupTheBerlios/reportasistent-list-maillist', '2006-May.txt',
     '<510.901-28688-511395887-1149000195@email.cz>'),
    ('reportasistent-2007-01-28c331eb.eml', 'BackupTheBerlios/reportasistent-list-maillist', '2007-January.txt',
     '<b1503eb40701160851n3884e938sf8e87f428ac340c@mail.gmail.com>'),
    ('reportasistent-2006-10-772f2029.eml', 'BackupTheBerlios/reportasistent-list-maillist', '2006-October.txt',
     '<7c08ba520610250128q3865b4afoef78d1977bda673f@mail.gmail.com>'),
    ('reportasistent-2006-06-457f2a4e.eml', 'BackupTheBerlios/reportasistent-list-maillist', '2006-June.txt',
     '<8d0b0ab12b94e7aa9cba0dda2ae41e96@www3.mail.volny.cz>'),
    ('reportasistent-2006-04-65150f86.eml', 'BackupTheBerlios/reportasistent-list-maillist', '2006-April.txt',
     '<499.827-23821-796119718-1144673074@email.cz>'),
    ('reportasistent-2006-05-a77f449a.eml', 'BackupTheBerlios/reportasistent-list-maillist', '2006-May.txt',
     '<4457D3EB.1010905@post.cz>'),
    ('reportasistent-2006-12-32a51c7f.eml', 'BackupTheBerlios/reportasistent-list-maillist', '2006-December.txt',
     '<OF88B21459.A0B5B11E-ONC1257243.005DC1E0-C1257243.005E3E6C@kotelna.vse.cz>'),
    ('reportasistent-2006-12-34122ae7.eml', 'BackupTheBerlios/reportasistent-list-maillist', '2006-December.txt',
     '<7c08ba520612210703wce84b87mc0f7f728979b9096@mail.gmail.com>'),
    ('reportasistent-2006-03-b72a3f7b.eml', 'BackupTheBerlios/reportasistent-list-maillist', '2006-March.txt',
     '<827.1497-1843-158193754-1141737847@post.cz>'),
    ('plantlore-dev-2006-09-083c429e.eml', 'BackupTheBerlios/plantlore-dev-maillist', '2006-September.txt',
     '<200609200232.34451.fraktalek@gmx.net>'),
    ('plantlore-dev-2006-04-744fcfc7.eml', 'BackupTheBerlios/plantlore-dev-maillist', '2006-April.txt',
     '<2187.4213-3744-1029372618-1145624483@seznam.cz>'),
    ('plantlore-dev-2006-09-26649518.eml', 'BackupTheBerlios/plantlore-dev-maillist', '2006-September.txt',
     '<f4dc39b90609051508j6be98c8fh1bb7349699fa6f7a@mail.gmail.com>'),
    ('plantlore-dev-2007-03-9250218f.eml', 'BackupTheBerlios/plantlore-dev-maillist', '2007-March.txt',
     '<46011E5C.3010905@gmx.net>'),
    ('plantlore-dev-2006-09-601505e1.eml', 'BackupTheBerlios/plantlore-dev-maillist', '2006-September.txt',
     '<1157150124.2690.27.camel@kryton>'),
    ('plantlore-dev-2006-09-d57959c5.eml', 'BackupTheBerlios/plantlore-dev-maillist', '2006-September.txt',
     '<1157609939.2657.12.camel@kryton>'),
    ('plantlore-dev-2006-09-17502486.eml', 'BackupTheBerlios/plantlore-dev-maillist', '2006-September.txt',
     '<ea88f1620609160206p79061bd4icf67baff1fa3f51c@mail.gmail.com>'),
    ('plantlore-dev-2006-07-0ab411bf.eml', 'BackupTheBerlios/plantlore-dev-maillist', '2006-July.txt',
     '<ea88f1620607240530u78293c91s5e786902e89a78c3@mail.gmail.com>'),
    ('plantlore-dev-2007-02-6ad42404.eml', 'BackupTheBerlios/plantlore-dev-maillist', '2007-February.txt',
     '<f4dc39b90702060425k1877cbd6x282ff739da345427@mail.gmail.com>'),
    ('plantlore-dev-2006-04-cdeb3407.eml', 'BackupTheBerlios/plantlore-dev-maillist', '2006-April.txt',
     '<ea88f1620604210541k5a610694pc6cdb6174c589a6e@mail.gmail.com>'),
    ('jimmyim-devel-2006-12-2e384f44.eml', 'BackupTheBerlios/jimmyim-devel-maillist', '2006-December.txt',
     '<45980138.4030306@gmail.com>'),
    ('jimmyim-devel-2006-04-993ba0ba.eml', 'BackupTheBerlios/jimmyim-devel-maillist', '2006-April.txt',
     '<444FD62A.5070802@gmail.com>'),
    ('jimmyim-devel-2006-05-d72f6cc0.eml', 'BackupTheBerlios/jimmyim-devel-maillist', '2006-May.txt',
     '<3568adfc0605040348h15833503u41c84af0e51b636@mail.gmail.com>'),
    ('jimmyim-devel-2006-04-a23eee5c.eml', 'BackupTheBerlios/jimmyim-devel-maillist', '2006-April.txt',
     '<4443F90D.7060200@gmail.com>'),
    ('jimmyim-devel-2006-05-154d6993.eml', 'BackupTheBerlios/jimmyim-devel-maillist', '2006-May.txt',
     '<446B7C44.2070009@gmail.com>'),
    ('jimmyim-devel-2006-04-1d7b2cc3.eml', 'BackupTheBerlios/jimmyim-devel-maillist', '2006-April.txt',
     '<4449E70D.90200@gmail.com>'),
    ('oplug-planet-2006-03-68d61417.eml', 'BackupTheBerlios/oplug-planet-maillist', '2006-March.txt',
     '<4424733E.7010704@gmail.com>'),
    ('oplug-planet-2006-03-9e48d871.eml', 'BackupTheBerlios/oplug-planet-maillist', '2006-March.txt',
     '<4429531B.30805@gmail.com>'),
    ('oplug-planet-2006-03-e4a7cac0.eml', 'BackupTheBerlios/oplug-planet-maillist', '2006-March.txt',
     '<20060328214244.27000c31.staszkoof@gmail.com>'),
    ('oplug-planet-2006-03-8343bc7f.eml', 'BackupTheBerlios/oplug-planet-maillist', '2006-March.txt',
     '<4425EE2E.7010702@gmail.com>'),
    ('oplug-planet-2006-03-5f1d5e0a.eml', 'BackupTheBerlios/oplug-planet-maillist', '2006-March.txt',
     '<20060326182319.2a34611e.staszkoof@gmail.com>'),
    ('oplug-planet-2006-03-77fcc731.eml', 'BackupTheBerlios/oplug-planet-maillist', '2006-March.txt',
     '<20060324183303.ecd0226b.staszkoof@gmail.com>'),
    ('oplug-planet-2006-03-05a1abd0.eml', 'BackupTheBerlios/oplug-planet-maillist', '2006-March.txt',
     '<44243CBE.4080305@gmail.com>'),
    ('motiro-2006-04-070fcbd0.eml', 'BackupTheBerlios/motiro-devel-pt_br-maillist', '2006-April.txt',
     '<e163e2f50604040906h3e67d8d6u7f8937421f7fd835@mail.gmail.com>'),
    ('motiro-2006-02-bfe03e16.eml', 'BackupTheBerlios/motiro-devel-pt_br-maillist', '2006-February.txt',
     '<18ed3fc70602211146u5aed05afp68d38faca4b3cd96@mail.gmail.com>'),
    ('motiro-2006-03-5f9cfe08.eml', 'BackupTheBerlios/motiro-devel-pt_br-maillist', '2006-March.txt',
     '<c30322d0603301207q328e69m9d1b06d4db11d516@mail.gmail.com>'),
    ('motiro-2006-04-a664861b.eml', 'BackupTheBerlios/motiro-devel-pt_br-maillist', '2006-April.txt',
     '<e163e2f50604101658o7de86935t4a2b6f9e1ec48ee2@mail.gmail.com>'),
    ('motiro-2006-04-f717e725.eml', 'BackupTheBerlios/motiro-devel-pt_br-maillist', '2006-April.txt',
     '<e163e2f50604031641r53c39722vc9e43a1748265c33@mail.gmail.com>'),
    ('mhc-bo-devel-2006-03-b2ef7689.eml', 'BackupTheBerlios/mhc-bo-devel-maillist', '2006-March.txt',
     '<1142102392.8748.11.camel@localhost.localdomain>'),
    ('mhc-bo-devel-2006-03-4a23b90e.eml', 'BackupTheBerlios/mhc-bo-devel-maillist', '2006-March.txt',
     '<1142103573.9605.3.camel@localhost.localdomain>'),
]

# messages the archive holds twice with the same bytes
REPEATED = {"oplug-planet-2006-03-5f1d5e0a.eml"}


def main() -> None:
    mirror = mirror_argument()
    months: dict[tuple[str, str], bytes] = {}
    for name, repo, path, message_id in ROWS:
        if (repo, path) not in months:
            months[repo, path] = git_show(mirror, repo, ARCHIVES[repo], path)
        # the archive holds a few messages twice, byte for byte: the copies are checked equal and one is taken
        mail = pipermail_message(months[repo, path], message_id, SEPARATOR, repeated=name in REPEATED)
        mail = redact_addresses(mail, FROM_HEADER, FROM_LINE, BODY_ADDRESS)
        folder = (HELDOUT if held_out(SOURCE, name) else HERE) / SOURCE
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(mail)


if __name__ == "__main__":
    main()
