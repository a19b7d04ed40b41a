"""The join code: read out, typed back, and every typing slip caught before anything is sent."""

from __future__ import annotations

import hashlib

import pytest

from moderator_app.sync.join_code import ALPHABET, LENGTH, Invitation, JoinCode, JoinCodeError

FINGERPRINT = hashlib.sha256(b"a host's certificate").digest()


def test_a_code_reads_back_as_itself_however_it_is_typed() -> None:
    code = JoinCode.new(FINGERPRINT)
    text = code.text()
    assert len(text.replace("-", "")) == LENGTH == 24
    assert [len(group) for group in text.split("-")] == [4] * 6
    typed = text.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert JoinCode.parse(typed) == code
    assert JoinCode.parse(f"  {text}\n") == code


def test_the_code_pins_the_certificate_it_was_made_for() -> None:
    code = JoinCode.parse(JoinCode.new(FINGERPRINT).text())
    assert code.pins(FINGERPRINT)
    assert not code.pins(hashlib.sha256(b"another certificate").digest())


def test_each_share_has_its_own_secret_and_the_path_tells_nothing_of_it() -> None:
    first, second = JoinCode.new(FINGERPRINT), JoinCode.new(FINGERPRINT)
    assert first.secret != second.secret
    assert first.fingerprint_prefix == second.fingerprint_prefix
    # The path is sent before the host's certificate is checked: it may name the host, not the share.
    assert first.share_path() == second.share_path() == f"/share/{first.fingerprint_prefix.hex()}"


def test_the_secret_is_never_shown_by_repr_or_str() -> None:
    code = JoinCode.new(FINGERPRINT)
    for shown in (repr(code), str(code), f"{code}"):
        assert code.secret.hex() not in shown
        assert str(code.secret) not in shown
        assert code.text() not in shown


def test_every_single_wrong_character_is_caught() -> None:
    plain = JoinCode.new(FINGERPRINT).text().replace("-", "")
    for position, original in enumerate(plain):
        for replacement in ALPHABET:
            if replacement != original:
                typed = plain[:position] + replacement + plain[position + 1 :]
                with pytest.raises(JoinCodeError, match="typing error"):
                    JoinCode.parse(typed)


def test_two_neighbours_swapped_are_caught() -> None:
    for seed in range(20):
        plain = JoinCode.new(hashlib.sha256(bytes([seed])).digest()).text().replace("-", "")
        for position in range(LENGTH - 2):  # within the code's body
            pair = plain[position : position + 2]
            if pair[0] == pair[1] or set(pair) == {"0", "Z"}:
                continue
            typed = plain[:position] + pair[::-1] + plain[position + 2 :]
            with pytest.raises(JoinCodeError, match="typing error"):
                JoinCode.parse(typed)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("ABCD-EFGH", "a join code has 24 letters and digits, this one has 8"),
        ("ABCD-EFGH-JKMN-PQRS-TVWX-YZ0U", "cannot be in one"),
        ("ABCD-EFGH-JKMN-PQRS-TVWX-YZ0?", "cannot be in one"),
        ("", "this one has 0"),
    ],
)
def test_a_code_that_cannot_be_one_says_what_to_check(typed: str, message: str) -> None:
    with pytest.raises(JoinCodeError, match=message):
        JoinCode.parse(typed)


def test_the_proof_depends_on_the_nonce_the_host_and_the_role() -> None:
    code = JoinCode.new(FINGERPRINT)
    proof = code.proof(b"n" * 32, FINGERPRINT, "rapporteur")
    assert proof != code.proof(b"m" * 32, FINGERPRINT, "rapporteur")
    assert proof != code.proof(b"n" * 32, hashlib.sha256(b"x").digest(), "rapporteur")
    assert proof != code.proof(b"n" * 32, FINGERPRINT, "online-moderator")
    assert code.secret not in proof


def test_an_invitation_carries_the_code_and_the_addresses_and_reads_back() -> None:
    code = JoinCode.new(FINGERPRINT)
    invitation = Invitation(code, ("192.168.1.20:8765", "[fe80::1]:8765"))
    text = invitation.text()
    assert text.startswith("moderator-app:join?code=") and code.text() in text
    assert Invitation.parse(text) == invitation
    assert Invitation.parse(f"  {text.upper().replace('MODERATOR-APP', 'moderator-app')} ").code == code
    assert Invitation.parse(code.text()) == Invitation(code)  # a bare code is an invitation with no address
    assert code.secret.hex() not in repr(invitation)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("moderator-app:join?at=192.168.1.20:8765", "holds no join code"),
        ("moderator-app:join?code=ABCD", "24 letters and digits"),
        ("moderator-app:join?code=A&code=B", "holds no join code"),
    ],
)
def test_a_broken_invitation_says_what_to_check(typed: str, message: str) -> None:
    with pytest.raises(JoinCodeError, match=message):
        Invitation.parse(typed)
