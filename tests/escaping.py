"""What the escaping tests mean by escaped: typed markup is shown as text, never as markup."""

RAW_MARKUP = ("<script>alert", "<img src=x")


def assert_escaped(response) -> str:
    body = response.content.decode()
    for markup in RAW_MARKUP:
        assert markup not in body
    assert "&lt;script&gt;alert(" in body  # shown, as text
    return body
