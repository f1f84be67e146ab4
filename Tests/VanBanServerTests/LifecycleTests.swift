import Testing
import VanBan
@testable import VanBanServer

@Suite struct LifecycleTests {
    @Test func onlyInitializeBeforeInitialize() {
        let h = Harness()
        let r = h.request("textDocument/hover", Harness.at("file:///a", 0, 0))
        #expect(r?["error"]?["code"]?.intValue == ErrorCode.serverNotInitialized)
        h.open("file:///a", Samples.unused)
        #expect(h.inbox.isEmpty, "notifications before initialize are dropped")
        h.initialize()
        let again = h.request("initialize", #"{"capabilities":{}}"#)
        #expect(again?["error"]?["code"]?.intValue == ErrorCode.invalidRequest)
    }

    @Test func initializeAdvertisesWhatIsImplemented() {
        let h = Harness()
        let r = h.request("initialize", #"{"capabilities":{}}"#)
        let caps = r?["result"]?["capabilities"]
        #expect(caps?["positionEncoding"]?.stringValue == "utf-16")
        #expect(caps?["textDocumentSync"]?["change"]?.intValue == 2)
        for k in ["hoverProvider", "documentSymbolProvider", "foldingRangeProvider", "definitionProvider", "documentHighlightProvider",
                  "documentFormattingProvider", "documentRangeFormattingProvider", "referencesProvider", "workspaceSymbolProvider"] {
            #expect(caps?[k]?.boolValue == true, "\(k)")
        }
        #expect(caps?["diagnosticProvider"] == nil, "no pull diagnostics for a client that cannot pull")
        #expect(caps?["semanticTokensProvider"]?["legend"]?["tokenTypes"]?.arrayValue?.count == SemanticTokens.types.count)
        #expect(caps?["semanticTokensProvider"]?["full"]?["delta"]?.boolValue == true)
        #expect(caps?["semanticTokensProvider"]?["range"]?.boolValue == true)
        #expect(caps?["workspace"]?["workspaceFolders"]?["supported"]?.boolValue == true)
        #expect(r?["result"]?["serverInfo"]?["name"]?.stringValue == "vblint")
    }

    @Test func shutdownThenExitIsZero() {
        let h = Harness()
        h.initialize()
        let r = h.request("shutdown", "null")
        #expect(r?["result"]?.isNull == true)
        let after = h.request("textDocument/hover", Harness.at("file:///a", 0, 0))
        #expect(after?["error"]?["code"]?.intValue == ErrorCode.invalidRequest)
        #expect(h.server.exitCode == nil)
        h.notify("exit", "null")
        #expect(h.server.exitCode == 0)
        // Nothing is served after exit.
        #expect(h.request("shutdown", "null") == nil)
    }

    @Test func exitWithoutShutdownIsOne() {
        let h = Harness()
        h.initialize()
        h.notify("exit")
        #expect(h.server.exitCode == 1)
    }

    @Test func endOfInputStopsTheServer() {
        let h = Harness()
        h.initialize()
        h.server.receiveEndOfInput()
        #expect(h.server.exitCode == 1)
        let h2 = Harness()
        h2.initialize()
        h2.request("shutdown", "null")
        var chunks: [[UInt8]] = []
        #expect(h2.server.run { chunks.popLast() } == 0)
    }

    @Test func closedOutputStopsTheServer() {
        var calls = 0
        let s = LanguageServer(write: { _ in calls += 1; return false })
        s.receive(Harness.frame(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#))
        #expect(calls == 1)
        #expect(s.exitCode == 1)
    }

    @Test func protocolErrors() {
        let h = Harness()
        h.initialize()
        // Unknown request.
        #expect(h.request("vblint/nope")?["error"]?["code"]?.intValue == ErrorCode.methodNotFound)
        // Unknown notifications are ignored, `$/` ones too.
        h.notify("vblint/whatever")
        h.notify("$/setTrace", #"{"value":"off"}"#)
        #expect(h.inbox.isEmpty)
        // Malformed JSON.
        h.sendRaw(Harness.frame(#"{"jsonrpc":"2.0","id":5,"method":"#))
        let pe = h.inbox.removeFirst()
        #expect(pe["error"]?["code"]?.intValue == ErrorCode.parseError)
        #expect(pe["id"]?.isNull == true)
        // Not an object.
        h.sendRaw(Harness.frame("[1,2]"))
        #expect(h.inbox.removeFirst()["error"]?["code"]?.intValue == ErrorCode.invalidRequest)
        // Missing Content-Length, then a good request still works.
        h.sendRaw(Array("Content-Type: text/plain\r\n\r\n{}".utf8))
        #expect(h.inbox.removeFirst()["error"]?["code"]?.intValue == ErrorCode.parseError)
        #expect(h.request("vblint/nope")?["error"]?["code"]?.intValue == ErrorCode.methodNotFound)
        // Huge Content-Length, then a good request still works.
        h.sendRaw(Array("Content-Length: 99999999999\r\n\r\n{}".utf8))
        #expect(h.inbox.removeFirst()["error"]?["code"]?.intValue == ErrorCode.parseError)
        h.open("file:///a", Samples.unused)
        _ = h.take("textDocument/publishDiagnostics")
        // Wrong params.
        for params in ["[1,2]", "3", #""x""#, "null", #"{"textDocument":{"uri":"file:///a"}}"#,
                       #"{"textDocument":{"uri":"file:///a"},"position":{"line":-1,"character":0}}"#,
                       #"{"textDocument":{"uri":"file:///a"},"position":{"line":"0","character":0}}"#,
                       #"{"textDocument":7,"position":{"line":0,"character":0}}"#] {
            let r = h.request("textDocument/hover", params)
            #expect(r?["error"]?["code"]?.intValue == ErrorCode.invalidParams, "\(params)")
        }
        #expect(h.request("textDocument/codeAction", #"{"textDocument":{"uri":"file:///a"}}"#)?["error"]?["code"]?.intValue
                == ErrorCode.invalidParams)
        // A bad notification is ignored and does not stop the server.
        h.notify("textDocument/didChange", "[]")
        h.notify("textDocument/didOpen", #"{"textDocument":{"uri":3}}"#)
        #expect(h.inbox.isEmpty)
        #expect(h.request("shutdown", "null")?["result"]?.isNull == true)
    }

    @Test func stringIdsAndClientResponsesAreHandled() {
        let h = Harness()
        h.initialize()
        h.sendRaw(Harness.frame(#"{"jsonrpc":"2.0","id":"abc","method":"vblint/nope"}"#))
        #expect(h.takeResponse(id: .string("abc"))?["error"]?["code"]?.intValue == ErrorCode.methodNotFound)
        h.sendRaw(Harness.frame(#"{"jsonrpc":"2.0","id":"vblint-1","result":null}"#))
        h.sendRaw(Harness.frame(#"{"jsonrpc":"2.0","id":{"a":1},"method":"x"}"#))
        #expect(h.inbox.count == 1)
        #expect(h.inbox.first?["error"]?["code"]?.intValue == ErrorCode.invalidRequest)
    }

    @Test func cancelledRequestGetsRequestCancelled() {
        let h = Harness()
        h.initialize()
        h.open("file:///a", Samples.unused)
        _ = h.take("textDocument/publishDiagnostics")
        let (hover, id) = h.requestBytes("textDocument/hover", Harness.at("file:///a", 0, 3))
        let (other, otherId) = h.requestBytes("textDocument/hover", Harness.at("file:///a", 0, 3))
        let cancel = Harness.notification("$/cancelRequest", #"{"id":\#(id.intValue!)}"#)
        h.sendRaw(hover + other + cancel)
        #expect(h.takeResponse(id: id)?["error"]?["code"]?.intValue == ErrorCode.requestCancelled)
        #expect(h.takeResponse(id: otherId)?["result"]?["contents"] != nil, "other requests are still answered")
        // Cancelling an answered or unknown request does nothing.
        h.notify("$/cancelRequest", #"{"id":\#(otherId.intValue!)}"#)
        h.notify("$/cancelRequest", #"{"id":"zzz"}"#)
        #expect(h.inbox.isEmpty)
    }
}
