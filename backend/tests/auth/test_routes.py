"""Sign-in and sign-out for the SPA: cookies, CSRF, throttling."""

from __future__ import annotations

from tests.factories import Factory
from tests.helpers import Api, error_code

VIEWER = "{ viewer { name } }"
MUTATION = 'mutation { createPersonalAccessToken(input: {name: "x", scope: READ}) { secret } }'


async def test_sign_in_sets_an_httponly_session_cookie_and_a_csrf_cookie(
    api: Api, factory: Factory
) -> None:
    await factory.user("Casey", email="Casey@Example.com")
    response = await api.sign_in("casey@example.com")
    assert response.status_code == 200
    assert response.json()["user"]["name"] == "Casey"
    cookies = response.headers.get_list("set-cookie")
    session = next(c for c in cookies if c.startswith("tandem_session="))
    csrf = next(c for c in cookies if c.startswith("tandem_csrf="))
    assert "HttpOnly" in session
    assert "samesite=lax" in session.lower()
    assert "HttpOnly" not in csrf
    assert (await api.with_cookie(VIEWER)).json()["data"] == {"viewer": {"name": "Casey"}}


async def test_cookie_mutations_need_the_csrf_header(api: Api, factory: Factory) -> None:
    await factory.user(email="c@example.com")
    await api.sign_in("c@example.com")
    refused = (await api.with_cookie(MUTATION, csrf=False)).json()
    assert error_code(refused) == "FORBIDDEN"
    accepted = (await api.with_cookie(MUTATION)).json()
    assert accepted["data"]["createPersonalAccessToken"]["secret"].startswith("tdm_")


async def test_wrong_password_and_unknown_account_look_the_same(api: Api, factory: Factory) -> None:
    await factory.user(email="known@example.com")
    wrong = await api.sign_in("known@example.com", "not-the-password")
    unknown = await api.sign_in("unknown@example.com", "not-the-password")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()
    assert "tandem_session" not in wrong.cookies


async def test_failed_sign_ins_are_throttled_per_account(api: Api, factory: Factory) -> None:
    await factory.user(email="target@example.com")
    for _ in range(5):
        assert (await api.sign_in("target@example.com", "guess-guess")).status_code == 401
    limited = await api.sign_in("target@example.com")  # even the right password now
    assert limited.status_code == 429
    assert limited.json()["error"]["code"] == "RATE_LIMITED"
    assert int(limited.headers["retry-after"]) > 0


async def test_sign_in_rejects_malformed_requests(api: Api) -> None:
    not_json = await api.http.post(
        "/auth/sign-in", content=b"{nope", headers={"content-type": "application/json"}
    )
    assert not_json.status_code == 400
    form = await api.http.post("/auth/sign-in", data={"email": "a", "password": "b"})
    assert form.status_code == 415
    wrong_shape = await api.http.post("/auth/sign-in", json={"email": 1})
    assert wrong_shape.status_code == 400


async def test_sign_out_ends_the_session(api: Api, factory: Factory) -> None:
    await factory.user(email="out@example.com")
    await api.sign_in("out@example.com")
    csrf = api.http.cookies["tandem_csrf"]
    session_cookie = api.http.cookies["tandem_session"]
    assert (await api.http.post("/auth/sign-out")).status_code == 403  # no CSRF header
    assert (
        await api.http.post("/auth/sign-out", headers={"x-csrf-token": csrf})
    ).status_code == 204
    # the old cookie no longer works, even if a client keeps it
    api.http.cookies.set("tandem_session", session_cookie)
    assert error_code((await api.with_cookie(VIEWER)).json()) == "UNAUTHENTICATED"


async def test_sign_out_everywhere_ends_every_session(api: Api, factory: Factory) -> None:
    await factory.user(email="many@example.com")
    await api.sign_in("many@example.com")
    first = api.http.cookies["tandem_session"]
    api.http.cookies.clear()
    await api.sign_in("many@example.com")
    result = (await api.with_cookie("mutation { signOutEverywhere { endedSessions } }")).json()
    assert result["data"]["signOutEverywhere"]["endedSessions"] == 2
    api.http.cookies.set("tandem_session", first)
    assert error_code((await api.with_cookie(VIEWER)).json()) == "UNAUTHENTICATED"
