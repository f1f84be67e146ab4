#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VanBan
import VanBanLint

/// The vblint language server: JSON-RPC 2.0 over a byte stream.
///
/// The server is a plain object driven by `receive(_:)` (bytes from the
/// client, in chunks of any size) that writes framed messages through the
/// `write` closure, so tests drive it in-process and `runStdio()` drives it
/// from file descriptors 0 and 1. It is single-threaded: every message of a
/// chunk is handled in order and the writer is the only output, so replies
/// never interleave. A `$/cancelRequest` that arrives together with the
/// request it cancels (the request is then not yet answered) gets that
/// request answered with `RequestCancelled`. In push mode, diagnostics are
/// published once per chunk, after all its edits, so a burst of keystrokes
/// costs one lint.
public final class LanguageServer {
    public typealias Writer = ([UInt8]) -> Bool

    enum State { case uninitialized, running, shutdown }

    enum Incoming {
        case request(id: JSONValue, method: String, params: JSONValue?)
        case notification(method: String, params: JSONValue?)
        case response
        case invalid(id: JSONValue, code: Int, message: String)
    }

    public static let name = "vblint"
    public static let version = "0.1.0"

    private let writeOut: Writer
    let log: (String) -> Void
    private var framer = MessageFramer()
    var state = State.uninitialized
    /// Set when the server must stop: 0 after `shutdown` then `exit`, 1 otherwise.
    public private(set) var exitCode: Int32?
    private var outputClosed = false

    var documents: [String: OpenDocument] = [:]
    private var generationCounter = 0
    var settings = ServerSettings()
    /// Changes with every settings change (part of cache keys and result ids).
    var settingsKey = 0
    var clientLanguage = MessageLanguage.vi
    var unit = ColumnUnit.utf16
    var pullDiagnostics = false
    var refreshSupport = false
    /// The client registers file watchers on request (`client/registerCapability`).
    private var watcherRegistration = false
    /// Workspace folders, `.vblint.json` per document, the index of drafts.
    let workspace = Workspace()
    /// A large text was freed: give the memory back when the client is idle.
    public private(set) var trimPending = false
    var hierarchicalSymbols = false
    private var nextServerRequestId = 1

    /// - Parameters:
    ///   - write: sends bytes to the client; returns false when it is gone.
    ///   - log: diagnostics about the server itself (stderr in `runStdio`).
    public init(write: @escaping Writer, log: @escaping (String) -> Void = { _ in }) {
        self.writeOut = write
        self.log = log
    }

    var lang: MessageLanguage { settings.lang ?? workspace.config(forPath: nil)?.config.lang ?? clientLanguage }

    /// The language of a document's messages: the editor's setting, then
    /// its `.vblint.json`, then the client's locale.
    func language(_ doc: OpenDocument) -> MessageLanguage { language(path: doc.path) }

    func language(path: String?) -> MessageLanguage {
        settings.lang ?? workspace.config(forPath: path)?.config.lang ?? clientLanguage
    }

    /// The options of a document: its `.vblint.json`, then the editor's settings.
    func lintOptions(forPath path: String?) -> LintOptions {
        settings.applied(to: workspace.config(forPath: path)?.lintOptions ?? LintOptions())
    }

    // MARK: Running

    /// Serves stdin/stdout until `exit` or end of input; returns the exit code.
    public static func runStdio() -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        let server = LanguageServer(write: { StdioTransport.write(fd: 1, $0) },
                                    log: { _ = StdioTransport.write(fd: 2, Array("vblint lsp: \($0)\n".utf8)) })
        var buf = [UInt8](repeating: 0, count: 1 << 16)
        return server.run { () -> [UInt8]? in
            // Memory goes back to the system when the client pauses, not
            // between two keystrokes: the next lint would fault it in again.
            if server.trimPending && !StdioTransport.waitReadable(fd: 0, milliseconds: server.trimDelayMilliseconds) { server.idle() }
            guard let n = StdioTransport.read(fd: 0, into: &buf) else { return nil }
            return Array(buf[0..<n])
        }
    }

    /// Reads chunks until `exit`, end of input (nil) or a closed output.
    public func run(read: () -> [UInt8]?) -> Int32 {
        while exitCode == nil {
            guard let chunk = read() else { receiveEndOfInput(); break }
            receive(chunk)
        }
        return exitCode ?? 1
    }

    /// The client closed its end: stop as `exit` would.
    public func receiveEndOfInput() {
        if exitCode == nil { exitCode = state == .shutdown ? 0 : 1 }
    }

    /// Handles a chunk of bytes from the client.
    public func receive(_ bytes: [UInt8]) {
        guard exitCode == nil else { return }
        framer.append(bytes)
        var batch: [Incoming] = []
        while let ev = framer.next() {
            switch ev {
            case .message(let body): batch.append(decode(body))
            case .error(let m):
                log("framing error: \(m)")
                batch.append(.invalid(id: .null, code: ErrorCode.parseError, message: m))
            }
        }
        process(batch)
    }

    private func decode(_ body: [UInt8]) -> Incoming {
        let v: JSONValue
        do { v = try JSONParser.parse(body) } catch {
            return .invalid(id: .null, code: ErrorCode.parseError, message: "invalid JSON: \(error.description)")
        }
        guard case .object = v else {
            return .invalid(id: .null, code: ErrorCode.invalidRequest, message: "a message must be a JSON object")
        }
        let id = v["id"]
        if let id {
            switch id {
            case .number, .string: break
            case .null where v["method"] == nil: return .response
            default: return .invalid(id: .null, code: ErrorCode.invalidRequest, message: "invalid id")
            }
        }
        guard let method = v["method"]?.stringValue else {
            if id != nil && (v["result"] != nil || v["error"] != nil) { return .response }
            return .invalid(id: id ?? .null, code: ErrorCode.invalidRequest, message: "missing method")
        }
        if let id { return .request(id: id, method: method, params: v["params"]) }
        return .notification(method: method, params: v["params"])
    }

    private static func idKey(_ id: JSONValue) -> String {
        String(decoding: id.serialized(), as: UTF8.self)
    }

    private func process(_ batch: [Incoming]) {
        var cancelled = Set<String>()
        for m in batch {
            if case .notification("$/cancelRequest", let p) = m, let id = p?["id"] { cancelled.insert(Self.idKey(id)) }
        }
        for m in batch {
            if exitCode != nil { return }
            switch m {
            case .invalid(let id, let code, let message):
                sendError(id, code, message)
            case .response:
                continue
            case .request(let id, let method, let params):
                if cancelled.contains(Self.idKey(id)) {
                    sendError(id, ErrorCode.requestCancelled, "request cancelled")
                } else {
                    handleRequest(id, method, params)
                }
            case .notification(let method, let params):
                handleNotification(method, params)
            }
        }
        if exitCode == nil { publishPending() }
        if exitCode == nil { reportConfigFailures() }
    }

    /// How long the client must be silent before the heap is trimmed:
    /// short once no large document is open, long while one is (its next
    /// edit would fault the pages in again, some 3,000 page faults for a
    /// 1 MB draft: a pause in typing is not the end of the editing).
    public var trimDelayMilliseconds: Int32 {
        documents.values.contains { $0.source.count >= Memory.largeText } ? Memory.editingIdleMilliseconds : Memory.idleMilliseconds
    }

    /// The client is idle: return the memory a large text left behind.
    public func idle() {
        if trimPending { trimPending = false; Memory.trim() }
    }

    // MARK: Requests

    private func handleRequest(_ id: JSONValue, _ method: String, _ params: JSONValue?) {
        switch state {
        case .uninitialized where method != "initialize":
            sendError(id, ErrorCode.serverNotInitialized, "server not initialized")
            return
        case .running where method == "initialize":
            sendError(id, ErrorCode.invalidRequest, "server already initialized")
            return
        case .shutdown:
            sendError(id, ErrorCode.invalidRequest, "server is shutting down")
            return
        default: break
        }
        do {
            let result = try dispatch(method, params)
            sendResult(id, result)
        } catch {
            sendError(id, error.code, error.message)
        }
    }

    private func dispatch(_ method: String, _ params: JSONValue?) throws(ResponseError) -> [UInt8] {
        switch method {
        case "initialize": return try initialize(params)
        case "shutdown":
            state = .shutdown
            return Array("null".utf8)
        case "textDocument/diagnostic": return try pullDiagnostic(params)
        case "textDocument/codeAction": return try codeActions(params)
        case "textDocument/hover": return try hover(params)
        case "textDocument/documentSymbol": return try documentSymbols(params)
        case "textDocument/foldingRange": return try foldingRanges(params)
        case "textDocument/definition": return try definition(params)
        case "textDocument/documentHighlight": return try documentHighlights(params)
        case "textDocument/inlayHint": return try inlayHints(params)
        case "textDocument/semanticTokens/full": return try semanticTokens(params)
        case "textDocument/semanticTokens/full/delta": return try semanticTokensDelta(params)
        case "textDocument/semanticTokens/range": return try semanticTokensRange(params)
        case "textDocument/formatting": return try formatting(params)
        case "textDocument/rangeFormatting": return try rangeFormatting(params)
        case "textDocument/completion": return try completion(params)
        case "textDocument/references": return try references(params)
        case "workspace/diagnostic": return try workspaceDiagnostic(params)
        case "workspace/symbol": return try workspaceSymbols(params)
        default:
            throw ResponseError(code: ErrorCode.methodNotFound, message: "method not found: \(method)")
        }
    }

    private func initialize(_ params: JSONValue?) throws(ResponseError) -> [UInt8] {
        let p = try Params.object(params)
        let caps = p["capabilities"]
        if let encs = caps?["general"]?["positionEncodings"]?.arrayValue {
            let offered = encs.compactMap { $0.stringValue.flatMap(ColumnUnit.init(rawValue:)) }
            unit = offered.first ?? .utf16
        }
        if let d = caps?["textDocument"]?["diagnostic"], !d.isNull { pullDiagnostics = true }
        hierarchicalSymbols = caps?["textDocument"]?["documentSymbol"]?["hierarchicalDocumentSymbolSupport"]?.boolValue ?? false
        refreshSupport = caps?["workspace"]?["diagnostics"]?["refreshSupport"]?.boolValue ?? false
        watcherRegistration = caps?["workspace"]?["didChangeWatchedFiles"]?["dynamicRegistration"]?.boolValue ?? false
        if let folders = p["workspaceFolders"]?.arrayValue {
            workspace.setFolders(folders.compactMap { $0["uri"]?.stringValue })
        } else if let root = p["rootUri"]?.stringValue {
            workspace.setFolders([root])
        } else if let root = p["rootPath"]?.stringValue, root.hasPrefix("/") {
            workspace.setFolders([FileURI.uri(root)])
        }
        if let loc = p["locale"]?.stringValue { clientLanguage = loc.lowercased().hasPrefix("en") ? .en : .vi }
        settings = ServerSettings.from(p["initializationOptions"])
        state = .running

        var w = JSONWriter(capacity: 1024)
        w.beginObject()
        w.key("capabilities"); w.beginObject()
        w.key("positionEncoding"); w.string(unit.rawValue)
        w.key("textDocumentSync"); w.beginObject()
        w.key("openClose"); w.bool(true)
        w.key("change"); w.int(2)
        w.key("save"); w.beginObject(); w.key("includeText"); w.bool(false); w.endObject()
        w.endObject()
        if pullDiagnostics {
            w.key("diagnosticProvider"); w.beginObject()
            w.key("identifier"); w.string(Self.name)
            w.key("interFileDependencies"); w.bool(false)
            w.key("workspaceDiagnostics"); w.bool(true)
            w.endObject()
        }
        w.key("codeActionProvider"); w.beginObject()
        w.key("codeActionKinds"); w.beginArray(); w.string("quickfix"); w.string(CodeActionKind.fixAll); w.endArray()
        w.endObject()
        w.key("hoverProvider"); w.bool(true)
        w.key("documentSymbolProvider"); w.bool(true)
        w.key("foldingRangeProvider"); w.bool(true)
        w.key("definitionProvider"); w.bool(true)
        w.key("documentHighlightProvider"); w.bool(true)
        w.key("inlayHintProvider"); w.bool(true)
        w.key("semanticTokensProvider"); w.beginObject()
        w.key("legend"); w.beginObject()
        w.key("tokenTypes"); w.beginArray(); for t in SemanticTokens.types { w.string(t) }; w.endArray()
        w.key("tokenModifiers"); w.beginArray(); w.endArray()
        w.endObject()
        w.key("full"); w.beginObject(); w.key("delta"); w.bool(true); w.endObject()
        w.key("range"); w.bool(true)
        w.endObject()
        w.key("documentFormattingProvider"); w.bool(true)
        w.key("documentRangeFormattingProvider"); w.bool(true)
        w.key("completionProvider"); w.beginObject(); w.key("resolveProvider"); w.bool(false); w.endObject()
        w.key("referencesProvider"); w.bool(true)
        w.key("workspaceSymbolProvider"); w.bool(true)
        w.key("workspace"); w.beginObject()
        w.key("workspaceFolders"); w.beginObject()
        w.key("supported"); w.bool(true)
        w.key("changeNotifications"); w.bool(true)
        w.endObject()
        w.endObject()
        w.endObject()
        w.key("serverInfo"); w.beginObject()
        w.key("name"); w.string(Self.name)
        w.key("version"); w.string(Self.version)
        w.endObject()
        w.endObject()
        return w.bytes
    }

    // MARK: Notifications

    private func handleNotification(_ method: String, _ params: JSONValue?) {
        if method == "exit" {
            exitCode = state == .shutdown ? 0 : 1
            return
        }
        guard state == .running else { return }
        do {
            switch method {
            case "textDocument/didOpen": try didOpen(params)
            case "textDocument/didChange": try didChange(params)
            case "textDocument/didSave": try didSave(params)
            case "textDocument/didClose": try didClose(params)
            case "workspace/didChangeConfiguration": didChangeConfiguration(params)
            case "workspace/didChangeWatchedFiles": didChangeWatchedFiles(params)
            case "workspace/didChangeWorkspaceFolders": didChangeWorkspaceFolders(params)
            case "initialized": registerWatchers()
            default: break  // `$/…` and unknown notifications
            }
        } catch {
            log("\(method): \(error.message)")
        }
    }

    private func nextGeneration() -> Int {
        generationCounter += 1
        return generationCounter
    }

    private func didOpen(_ params: JSONValue?) throws(ResponseError) {
        let p = try Params.object(params)
        let td = try Params.object(p["textDocument"], "textDocument")
        let uri = try Params.string(td, "uri")
        let text = try Params.string(td, "text")
        let languageId = td["languageId"]?.stringValue ?? "plaintext"
        guard Languages.supported.contains(languageId) else { return }
        documents[uri] = OpenDocument(uri: uri, languageId: languageId, version: td["version"]?.intValue ?? 0,
                                      text: Array(text.utf8), generation: nextGeneration())
    }

    private func didChange(_ params: JSONValue?) throws(ResponseError) {
        let p = try Params.object(params)
        let td = try Params.object(p["textDocument"], "textDocument")
        let uri = try Params.string(td, "uri")
        guard let doc = documents[uri] else { return }
        guard let changes = p["contentChanges"]?.arrayValue else { throw .invalidParams("missing contentChanges") }
        for c in changes {
            let text = try Params.string(c, "text")
            if let r = c["range"], !r.isNull {
                doc.apply(range: try Params.range(r), text: Array(text.utf8), unit: unit, generation: nextGeneration())
            } else {
                doc.replaceAll(Array(text.utf8), generation: nextGeneration())
            }
        }
        if let v = td["version"]?.intValue { doc.version = v }
    }

    private func didSave(_ params: JSONValue?) throws(ResponseError) {
        let p = try Params.object(params)
        let uri = try Params.uri(p)
        // A configuration saved from the editor counts as changed on disk
        // (for clients that do not watch files).
        if FileURI.path(uri)?.hasSuffix("/" + ConfigResolver.fileName) == true, workspace.fileChanged(uri: uri, type: 2) {
            optionsChanged()
            return
        }
        if let doc = documents[uri], let text = p["text"]?.stringValue {
            doc.replaceAll(Array(text.utf8), generation: nextGeneration())
        }
    }

    private func didClose(_ params: JSONValue?) throws(ResponseError) {
        let uri = try Params.uri(params)
        guard let doc = documents.removeValue(forKey: uri) else { return }
        trimPending = true
        if !pullDiagnostics { publish(uri: uri, version: doc.version, doc: nil) }
    }

    private func didChangeConfiguration(_ params: JSONValue?) {
        let new = ServerSettings.from(params?["settings"], base: settings)
        guard new != settings else { return }
        settings = new
        optionsChanged()
    }

    /// Settings or a configuration file changed: every document is linted
    /// again (push) or the client is asked to pull again.
    func optionsChanged() {
        settingsKey += 1
        for d in documents.values { d.needsPublish = true }
        if pullDiagnostics && refreshSupport { sendRequest("workspace/diagnostic/refresh", params: nil) }
    }

    /// Asks the client to watch configuration files and drafts.
    private func registerWatchers() {
        guard watcherRegistration else { return }
        var w = JSONWriter(capacity: 256)
        w.beginObject()
        w.key("registrations"); w.beginArray(); w.beginObject()
        w.key("id"); w.string("vblint-watched-files")
        w.key("method"); w.string("workspace/didChangeWatchedFiles")
        w.key("registerOptions"); w.beginObject()
        w.key("watchers"); w.beginArray()
        // JSON files for the catalogs `.vblint.json` may name.
        for g in ["**/" + ConfigResolver.fileName, "**/*.json", "**/*.{txt,md}"] {
            w.beginObject(); w.key("globPattern"); w.string(g); w.endObject()
        }
        w.endArray()
        w.endObject()
        w.endObject(); w.endArray()
        w.endObject()
        sendRequest("client/registerCapability", params: w.bytes)
        workspace.watching = true
    }

    private func didChangeWatchedFiles(_ params: JSONValue?) {
        var configChanged = false
        for c in params?["changes"]?.arrayValue ?? [] {
            guard let uri = c["uri"]?.stringValue else { continue }
            if workspace.fileChanged(uri: uri, type: c["type"]?.intValue ?? 2) { configChanged = true }
        }
        if configChanged { optionsChanged() }
    }

    private func didChangeWorkspaceFolders(_ params: JSONValue?) {
        guard let event = params?["event"] else { return }
        var uris = workspace.folders.map(FileURI.uri)
        let removed = Set((event["removed"]?.arrayValue ?? []).compactMap { $0["uri"]?.stringValue.flatMap(FileURI.path) })
        uris.removeAll { FileURI.path($0).map(removed.contains) ?? false }
        uris += (event["added"]?.arrayValue ?? []).compactMap { $0["uri"]?.stringValue }
        workspace.setFolders(uris)
        workspace.reloadConfiguration()
        optionsChanged()
    }

    // MARK: Diagnostics

    /// The open document named by `params.textDocument.uri`, or nil.
    func document(_ params: JSONValue?) throws(ResponseError) -> OpenDocument? {
        documents[try Params.uri(params)]
    }

    /// For requests at a position: the open document, its position mapper
    /// and the byte offset of `params.position` (nil: document not open).
    func located(_ params: JSONValue?) throws(ResponseError) -> (OpenDocument, PositionMapper, Int)? {
        let p = try Params.object(params)
        let pos = try Params.position(p["position"])
        guard let doc = try document(p) else { return nil }
        let m = PositionMapper(source: doc.source, unit: unit)
        return (doc, m, m.offset(pos))
    }

    /// For requests on a range: the open document, its position mapper and
    /// the byte range of `params.range` (nil: document not open).
    func locatedRange(_ params: JSONValue?) throws(ResponseError) -> (OpenDocument, PositionMapper, TextRange)? {
        let p = try Params.object(params)
        let range = try Params.range(p["range"])
        guard let doc = try document(p) else { return nil }
        let m = PositionMapper(source: doc.source, unit: unit)
        return (doc, m, m.byteRange(range))
    }

    /// The document model of an open document, on its own bytes (also for
    /// a decomposed text): what the outline, hover, navigation and
    /// semantic tokens read.
    func model(_ doc: OpenDocument) -> Document {
        doc.model(settingsKey: settingsKey) { options(linting: doc) }
    }

    func lint(_ doc: OpenDocument) -> LintResult {
        doc.lint(settingsKey: settingsKey) { options(linting: doc) }
    }

    /// The options a lint of `doc` runs with (asked only when it runs); a
    /// large text leaves memory to give back when the client is idle.
    private func options(linting doc: OpenDocument) -> LintOptions {
        if doc.source.count >= Memory.largeText { trimPending = true }
        return lintOptions(forPath: doc.path)
    }

    /// Tells the user (once each) about `.vblint.json` files that cannot be
    /// used; their documents are linted with the editor's settings alone.
    private func reportConfigFailures() {
        for f in workspace.takeNewFailures() {
            var w = JSONWriter(capacity: 256)
            w.beginObject()
            w.key("type"); w.int(2)
            w.key("message"); w.string("vblint: " + f.text(lang))
            w.endObject()
            sendNotification("window/showMessage", params: w.bytes)
        }
    }

    private func pullDiagnostic(_ params: JSONValue?) throws(ResponseError) -> [UInt8] {
        let p = try Params.object(params)
        var w = JSONWriter(capacity: 4096)
        w.beginObject()
        w.key("kind")
        guard let doc = try document(p) else {
            w.string("full"); w.key("items"); w.beginArray(); w.endArray(); w.endObject()
            return w.bytes
        }
        let rid = doc.resultId(settingsKey: settingsKey)
        if p["previousResultId"]?.stringValue == rid {
            w.string("unchanged")
            w.key("resultId"); w.string(rid)
        } else {
            w.string("full")
            w.key("resultId"); w.string(rid)
            w.key("items"); writeDiagnostics(doc, lint(doc), into: &w)
        }
        w.endObject()
        return w.bytes
    }

    private func publishPending() {
        guard !pullDiagnostics else { return }
        for doc in documents.values where doc.needsPublish {
            doc.needsPublish = false
            publish(uri: doc.uri, version: doc.version, doc: doc)
            if outputClosed { return }
        }
    }

    private func publish(uri: String, version: Int, doc: OpenDocument?) {
        // The whole message in one buffer, as large as the last one sent
        // for the document (no copy of a large `params`, no regrowth).
        let result = doc.map(lint)
        var w = JSONWriter(capacity: Swift.max(4096, (doc?.publishedSize ?? 0) + 256))
        w.beginObject()
        w.key("jsonrpc"); w.string("2.0")
        w.key("method"); w.string("textDocument/publishDiagnostics")
        w.key("params"); w.beginObject()
        w.key("uri"); w.string(uri)
        w.key("version"); w.int(version)
        w.key("diagnostics")
        if let doc, let result { writeDiagnostics(doc, result, into: &w) } else { w.beginArray(); w.endArray() }
        w.endObject()
        w.endObject()
        doc?.publishedSize = w.bytes.count
        send(w.bytes)
    }

    // MARK: Output

    private func send(_ body: [UInt8]) {
        guard !outputClosed else { return }
        if !writeOut(MessageFramer.frame(body)) {
            outputClosed = true
            if exitCode == nil { exitCode = state == .shutdown ? 0 : 1 }
        }
    }

    /// Sends `{"jsonrpc":"2.0", …}` with the members `fill` writes.
    private func sendMessage(capacity: Int = 256, _ fill: (inout JSONWriter) -> Void) {
        var w = JSONWriter(capacity: capacity)
        w.beginObject()
        w.key("jsonrpc"); w.string("2.0")
        fill(&w)
        w.endObject()
        send(w.bytes)
    }

    private func sendResult(_ id: JSONValue, _ result: [UInt8]) {
        sendMessage(capacity: result.count + 48) { w in
            w.key("id"); w.value(id)
            w.key("result"); w.raw(result)
        }
    }

    private func sendError(_ id: JSONValue, _ code: Int, _ message: String) {
        sendMessage { w in
            w.key("id"); w.value(id)
            w.key("error"); w.beginObject()
            w.key("code"); w.int(code)
            w.key("message"); w.string(message)
            w.endObject()
        }
    }

    func sendNotification(_ method: String, params: [UInt8]) {
        sendMessage(capacity: params.count + 64) { w in
            w.key("method"); w.string(method)
            w.key("params"); w.raw(params)
        }
    }

    func sendRequest(_ method: String, params: [UInt8]?) {
        let id = "vblint-\(nextServerRequestId)"
        nextServerRequestId += 1
        sendMessage { w in
            w.key("id"); w.string(id)
            w.key("method"); w.string(method)
            if let params { w.key("params"); w.raw(params) }
        }
    }
}
