"""Shared set-up: the vblint binary and a client fixture per real client's capabilities."""
import os
import pathlib

import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

ROOT = pathlib.Path(__file__).resolve().parents[3]
BINARY = os.environ.get("VBLINT_BIN", str(ROOT / ".build" / "debug" / "vblint"))

# Real clients' capabilities, as recorded by pytest-lsp: push (old Neovim,
# VS Code 1.65, Emacs with utf-32 first) and pull (Neovim 0.10/0.11).
CLIENTS = ["visual-studio-code", "neovim@v0.7.0", "neovim@v0.11.0", "emacs"]


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[BINARY, "lsp"]),
    params=CLIENTS,
)
async def client(request, lsp_client: LanguageClient):
    # Real editors accept the server's file watchers (VS Code and Emacs
    # advertise dynamic registration of didChangeWatchedFiles).
    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register_capability(params):
        lsp_client.registrations = getattr(lsp_client, "registrations", []) + list(params.registrations)
        return None

    params = types.InitializeParams(capabilities=client_capabilities(request.param))
    result = await lsp_client.initialize_session(params)
    lsp_client.init_result = result
    yield
    await lsp_client.shutdown_session()
