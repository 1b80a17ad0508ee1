"""A YAML syntax mistake is told at the line to fix, in words that say what to write (config/yamlsyntax.py), not
in PyYAML's parser terms ("expected <block end>, but found '<block mapping start>'")."""

import pytest

from mailer.config import yamlsource
from mailer.errors import YamlError

MANAGERS = """\
managers:
  - email: maria@acme.example
    name: Maria Manager
  - email: nate@acme.example
{name}
    timezone: America/New_York
"""


def told(text: str) -> tuple[int, str]:
    with pytest.raises(YamlError) as caught:
        yamlsource.load(text)
    return caught.value.line, caught.value.message


def test_a_key_indented_one_space_too_few_names_the_key_it_should_line_up_with():
    line, message = told(MANAGERS.format(name="   name: Nate Newyork"))
    assert line == 5
    assert message == ("YAML syntax: 'name:' is indented 3 spaces, which lines it up with no key above it: indent it "
                       "4 spaces to line it up with 'email:' on line 4")
    assert "<block" not in message


def test_a_key_dedented_under_a_list_item_names_the_item_key_above():
    line, message = told(MANAGERS.format(name="    name: Nate Newyork").replace("    timezone", "  timezone"))
    assert line == 6 and "'timezone:' is indented 2 spaces" in message and "'name:' on line 5" in message


def test_a_step_key_under_a_dash_lines_up_with_the_steps_first_key():
    text = "followups:\n  steps:\n    - after: 2 business days\n      to: manager\n    - after: 3 days\n    template: x\n"
    line, message = told(text)
    assert line == 6 and "indent it 6 spaces to line it up with 'after:' on line 5" in message


def test_a_list_item_out_of_line_is_lined_up_with_the_items_above():
    line, message = told("steps:\n  - after: 1\n    to: x\n   - after: 2\n")
    assert line == 4 and "'- after:' is indented 3 spaces" in message and "2 spaces" in message


def test_a_key_indented_under_a_line_with_a_value():
    line, message = told("imap:\n  host: x\n    port: 1\n")
    assert line == 3 and "'port:' is indented further than 'host:' on line 2, which already has a value" in message


def test_a_tab_used_to_indent_is_named():
    line, message = told("managers:\n  - email: m@acme.example\n\tname: Maria\n")
    assert line == 3
    assert message == ("YAML syntax: this line is indented with a tab: YAML indents with spaces only; replace the "
                       "tab with spaces")


def test_a_tab_after_the_colon_is_named_with_its_key():
    line, message = told("managers:\n  - email: m@acme.example\n    name:\tMaria\n")
    assert line == 3 and "a tab after 'name:'" in message and "\\t" not in message


def test_no_space_after_the_colon_is_told_on_its_own_line_not_the_next():
    line, message = told("address: mailer@acme.example\nfrom_name:Acme Recruiting\nstate: mailer.db\n")
    assert line == 2
    assert message == ("YAML syntax: 'from_name:Acme Recruiting' needs a space after the colon: write "
                       "'from_name: Acme Recruiting'")


def test_no_space_after_a_nested_colon_is_told_on_its_line():
    line, message = told("imap:\n  host:127.0.0.1\n  port: 143\n")
    assert line == 2 and "write 'host: 127.0.0.1'" in message


def test_a_colon_in_an_unquoted_value_says_to_quote_it():
    line, message = told("from_name: Acme: Recruiting\n")
    assert line == 1 and "put the value in quotes" in message and "'from_name:'" in message


def test_an_unclosed_quote_is_told_where_it_opened():
    line, message = told('defaults:\n  start: "09:00\n  end: "17:30"\nrecruiters: []\n')
    assert line == 2 and message.startswith("YAML syntax: the quote opened on this line is not closed")
    assert "<scalar>" not in message and "block end" not in message


def test_a_quote_never_closed_to_the_end_of_the_file():
    line, message = told("a: 1\nfrom_name: \"Acme Recruiting\n")
    assert line == 2 and "not closed" in message and "end of stream" not in message


@pytest.mark.parametrize("text, bracket", [("defaults:\n  days: [mon, tue\n  start: x\n", "["),
                                           ("m:\n  - {email: x, name: y\n  - {email: z}\n", "{"),
                                           ("a:\n  days: [mon, tue\n", "[")])
def test_an_unclosed_bracket_is_told_where_it_opened(text, bracket):
    line, message = told(text)
    assert line == 2 and f"the {bracket} opened on this line is not closed" in message


def test_an_unexplained_error_keeps_pyyamls_words_and_line():
    line, message = told("a: *nowhere\n")
    assert line == 1 and message.startswith("YAML syntax: found undefined alias")


def test_a_colon_in_a_list_item_above_is_not_blamed_for_the_indentation_below_it():
    # `- AW:Abwesenheit` is an auto-reply subject, valid text: the mistake is `words:` one space out of line.
    text = "replies:\n  auto_reply_subjects:\n    - AW:Abwesenheit\n   words:\n    interview: [yes]\n"
    line, message = told(text)
    assert line == 4
    assert message == ("YAML syntax: 'words:' is indented 3 spaces, which lines it up with no key above it: indent it "
                       "2 spaces to line it up with 'auto_reply_subjects:' on line 2")


def test_a_colon_in_a_list_item_is_not_blamed_for_a_duplicate_key():
    line, message = told("replies:\n  auto_reply_subjects:\n    - AW:Abwesenheit\nreplies: {}\n")
    assert line == 4 and message == "YAML syntax: duplicate key 'replies'"


def test_a_list_item_key_without_its_space_is_still_told_on_its_line():
    line, message = told("managers:\n  - email:maria@acme.example\n    name: Maria\n")
    assert line == 2 and message == ("YAML syntax: 'email:maria@acme.example' needs a space after the colon: write "
                                     "'- email: maria@acme.example'")
