"""vblint lsp driven by pytest-lsp with the capabilities of real editors."""
import asyncio
import pathlib

import pytest
from lsprotocol import types
from pygls.exceptions import JsonRpcMethodNotFound
from pytest_lsp import LanguageClient

URI = "file:///tmp/vblint-e2e/draft.txt"
SUPPRESSION = "<!-- vblint-disable-next-line VB501 -->"
UNUSED = SUPPRESSION + "\nMột câu đúng chính tả.\n"
DECISION = (pathlib.Path(__file__).resolve().parents[1] / "fixtures" / "decision.txt").read_text(encoding="utf-8")


def encoding(client: LanguageClient) -> str:
    return client.init_result.capabilities.position_encoding or "utf-16"


def column(text: str, enc: str) -> int:
    """Length of `text` in the negotiated unit."""
    if enc == "utf-8":
        return len(text.encode("utf-8"))
    if enc == "utf-32":
        return len(text)
    return len(text.encode("utf-16-le")) // 2


def is_pull(client: LanguageClient) -> bool:
    return client.init_result.capabilities.diagnostic_provider is not None


def open_doc(client: LanguageClient, text: str, version: int = 1, uri: str = URI):
    client.diagnostics.pop(uri, None)
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="vanban", version=version, text=text)
        )
    )


def change(client: LanguageClient, version: int, start, end, text: str, uri: str = URI):
    client.diagnostics.pop(uri, None)
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[
                types.TextDocumentContentChangePartial(range=types.Range(types.Position(*start), types.Position(*end)), text=text)
            ],
        )
    )


async def diagnostics(client: LanguageClient, uri: str = URI, version: int | None = None):
    """Current diagnostics, pulled or pushed according to the negotiation
    (for push: the first publication after the last open/change, which
    cleared the previous one)."""
    if is_pull(client):
        report = await client.text_document_diagnostic_async(
            types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=uri))
        )
        return report.items
    for _ in range(50):
        got = client.diagnostics.get(uri)
        if got is not None:
            return got
        await asyncio.wait_for(client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), 10)
    raise AssertionError("no diagnostics")


async def test_initialize_negotiates(client: LanguageClient):
    caps = client.init_result.capabilities
    assert client.init_result.server_info.name == "vblint"
    assert caps.hover_provider and caps.definition_provider and caps.document_formatting_provider
    offered = client.capabilities.general.position_encodings if client.capabilities.general else None
    assert encoding(client) == (offered[0] if offered else "utf-16")
    assert is_pull(client) == (client.capabilities.text_document.diagnostic is not None)


async def test_diagnostic_fields(client: LanguageClient):
    open_doc(client, UNUSED)
    items = await diagnostics(client, version=1)
    assert len(items) == 1
    d = items[0]
    assert d.code == "VB009" and d.source == "vblint"
    assert d.severity == types.DiagnosticSeverity.Hint
    assert d.code_description.href == "https://vblint.dev/rules/VB009"
    assert list(d.tags) == [types.DiagnosticTag.Unnecessary]
    assert d.range.start == types.Position(0, 0)
    assert d.range.end == types.Position(0, len(SUPPRESSION))


async def test_pull_result_id_or_push_version(client: LanguageClient):
    open_doc(client, UNUSED, version=5)
    ident = types.TextDocumentIdentifier(uri=URI)
    if is_pull(client):
        first = await client.text_document_diagnostic_async(types.DocumentDiagnosticParams(text_document=ident))
        again = await client.text_document_diagnostic_async(
            types.DocumentDiagnosticParams(text_document=ident, previous_result_id=first.result_id)
        )
        assert first.kind == "full" and len(first.items) == 1
        assert again.kind == "unchanged" and again.result_id == first.result_id
        assert URI not in client.diagnostics, "a pull client gets no push"
    else:
        params = await asyncio.wait_for(client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), 10)
        assert params.version == 5 and len(params.diagnostics) == 1


async def test_encoding_with_nfd_and_emoji(client: LanguageClient):
    prefix = "Tie\u0302\u0301ng Vie\u0323\u0302t 😀 "
    open_doc(client, prefix + "<!-- vblint-disable-line VB501 -->\nMột câu.\n")
    items = await diagnostics(client, version=1)
    # The suppression comment's VB009 finding (the NFD words also get VB001 findings).
    vb009 = [d for d in items if d.code == "VB009"]
    assert vb009, items
    assert vb009[0].range.start.character == column(prefix, encoding(client))


async def test_incremental_edits(client: LanguageClient):
    open_doc(client, "Một câu.\nHai câu.\n")
    assert list(await diagnostics(client, version=1)) == []
    change(client, 2, (1, 0), (1, 0), SUPPRESSION + "\n")
    items = await diagnostics(client, version=2)
    assert [d.range.start.line for d in items] == [1]
    change(client, 3, (1, 0), (2, 0), "")
    assert list(await diagnostics(client, version=3)) == []


async def test_quick_fix_applies(client: LanguageClient):
    open_doc(client, UNUSED)
    items = await diagnostics(client, version=1)
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=URI),
            range=items[0].range,
            context=types.CodeActionContext(diagnostics=list(items)),
        )
    )
    fixes = [a for a in actions if a.kind == types.CodeActionKind.QuickFix]
    assert fixes, actions
    edits = fixes[0].edit.changes[URI]
    assert len(edits) == 1 and edits[0].new_text == "" and edits[0].range == items[0].range


async def test_hover_citation(client: LanguageClient):
    open_doc(client, DECISION)
    line = DECISION.split("\n").index(next(l for l in DECISION.split("\n") if "30/2020/NĐ-CP" in l))
    text = DECISION.split("\n")[line]
    col = column(text[: text.index("30/2020")], encoding(client)) + 2
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=URI), position=types.Position(line, col))
    )
    assert "30/2020/NĐ-CP" in hover.contents.value and "Chính phủ" in hover.contents.value


async def test_symbols_definition_completion(client: LanguageClient):
    open_doc(client, DECISION)
    ident = types.TextDocumentIdentifier(uri=URI)
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=ident))
    names = [s.name for s in symbols]
    assert "Nơi nhận" in names and any(n.startswith("Điều 1.") for n in names)
    lines = DECISION.split("\n")
    use = next(i for i, l in enumerate(lines) if "theo Điều 2" in l)
    col = column(lines[use][: lines[use].index("Điều 2")], encoding(client)) + 1
    loc = await client.text_document_definition_async(
        types.DefinitionParams(text_document=ident, position=types.Position(use, col))
    )
    target = loc if isinstance(loc, types.Location) else loc[0]
    assert target.range.start.line == lines.index("Điều 2. Trách nhiệm thi hành")
    completion = await client.text_document_completion_async(
        types.CompletionParams(text_document=ident, position=types.Position(0, 0))
    )
    labels = {i.label for i in (completion.items if hasattr(completion, "items") else completion)}
    assert {"Kính gửi:", "Nơi nhận:", "- Lưu: VT, "} <= labels
    folds = await client.text_document_folding_range_async(types.FoldingRangeParams(text_document=ident))
    assert any(f.start_line == lines.index("Điều 1. Phạm vi điều chỉnh") for f in folds)


async def test_workspace_symbols_references_and_can_cu(client: LanguageClient):
    open_doc(client, DECISION)
    other = "file:///tmp/vblint-e2e/cong-van.txt"
    open_doc(client, "Thực hiện Quyết định số 15/QĐ-BTTTT ngày 10 tháng 3 năm 2021, đề nghị báo cáo.\n", uri=other)
    symbols = await client.workspace_symbol_async(types.WorkspaceSymbolParams(query="quy che ung dung cong nghe"))
    assert symbols and symbols[0].location.uri == URI and "15/QĐ-BTTTT" in symbols[0].name
    articles = await client.workspace_symbol_async(types.WorkspaceSymbolParams(query="dieu 2 trach nhiem"))
    assert [s.name for s in articles] == ["Điều 2. Trách nhiệm thi hành"]
    lines = DECISION.split("\n")
    number = lines.index("Số: 15/QĐ-BTTTT")
    refs = await client.text_document_references_async(types.ReferenceParams(
        text_document=types.TextDocumentIdentifier(uri=URI), position=types.Position(number, 6),
        context=types.ReferenceContext(include_declaration=True)))
    assert {(r.uri, r.range.start.line) for r in refs} == {(URI, number), (other, 0)}
    blank = lines.index("")
    completion = await client.text_document_completion_async(
        types.CompletionParams(text_document=types.TextDocumentIdentifier(uri=URI), position=types.Position(blank, 0)))
    labels = {i.label for i in (completion.items if hasattr(completion, "items") else completion)}
    assert "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;" in labels


async def test_semantic_tokens_and_inlay_hints(client: LanguageClient):
    open_doc(client, DECISION)
    ident = types.TextDocumentIdentifier(uri=URI)
    legend = client.init_result.capabilities.semantic_tokens_provider.legend
    tokens = await client.text_document_semantic_tokens_full_async(types.SemanticTokensParams(text_document=ident))
    data = list(tokens.data)
    assert data and len(data) % 5 == 0
    line = 0
    decoded = []
    for i in range(0, len(data), 5):
        line += data[i]
        decoded.append((line, legend.token_types[data[i + 3]]))
    lines = DECISION.split("\n")
    assert (lines.index("Điều 1. Phạm vi điều chỉnh"), "keyword") in decoded
    # Delta from the tokens just sent (no change: no edit), and a range.
    delta = await client.text_document_semantic_tokens_full_delta_async(
        types.SemanticTokensDeltaParams(text_document=ident, previous_result_id=tokens.result_id))
    assert isinstance(delta, types.SemanticTokensDelta) and list(delta.edits) == []
    part = await client.text_document_semantic_tokens_range_async(types.SemanticTokensRangeParams(
        text_document=ident, range=types.Range(types.Position(0, 0), types.Position(len(lines), 0))))
    assert list(part.data) == data
    hints = await client.text_document_inlay_hint_async(
        types.InlayHintParams(text_document=ident, range=types.Range(types.Position(0, 0), types.Position(len(lines), 0)))
    )
    assert [h.label for h in hints] == ["(Thứ Tư)", "(Thứ Năm)"]  # 10/3/2021 and 5/3/2020


async def test_unknown_method(client: LanguageClient):
    with pytest.raises(JsonRpcMethodNotFound):
        await client.protocol.send_request_async("vblint/unknown", {})
