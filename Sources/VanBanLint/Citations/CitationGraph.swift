import VanBan

/// What one citation points to.
public enum CitationTarget: Sendable, Equatable {
    /// An external document: an index into `CitationGraph.documents`.
    case document(Int)
    /// The citing document itself (`Quyết định này`, `Điều 3`); with an
    /// attachment index when the reference is inside an attached regulation
    /// that has its own numbering (`Điều 5 của Quy chế này`).
    case this(attachment: Int?)
    /// Nothing found to point to.
    case unresolved
}

/// A document cited (one or more times) by the text.
public struct CitedDocument: Sendable {
    /// How citations of it are matched: the number without blanks, upper
    /// case, `Đ` folded to `D`; or `law:` + the law's name in lower case.
    public var key: String
    public var kind: DocumentKind?
    public var number: DocumentNumber?
    /// The title of a law cited by name (`Tổ chức Chính phủ`).
    public var name: String?
    /// Index (in `CitationGraph.citations`) of the first citation: the one
    /// that must be complete (R-21) and that later ones resolve to.
    public var first: Int
    /// Every citation of it, the first included, in text order.
    public var mentions: [Int]
}

/// A unit of the citing document named by a reference that does not exist
/// (`Điều 7` in a four-article text, `khoản 5 Điều 2` when Điều 2 has three).
public struct DanglingUnit: Sendable, Equatable {
    /// The unit in `Citation.units`.
    public var unitIndex: Int
    /// The number in that unit's `numbers`.
    public var numberIndex: Int
    /// How many units of that level exist where the reference looked.
    public var available: Int
}

/// How one citation was resolved.
public struct CitationResolution: Sendable {
    public var target: CitationTarget = .unresolved
    /// The citation this one refers back to: the first full citation of the
    /// same document for a repeat, the nearest matching one for `nêu trên`.
    public var antecedent: Int?
    /// For references into the citing document: the structure node of the
    /// smallest unit found (`khoản 1 Điều này` → that khoản).
    public var node: StructureNode? {
        get { nodeBox?.node }
        set { nodeBox = newValue.map(NodeBox.init) }
    }
    /// `node`, boxed: most citations have none, and a resolution holding
    /// a `StructureNode?` in place was several times larger, every one of
    /// them copied (a retain of each field of the node) to fill the
    /// resolver's table and destroyed with it.
    private var nodeBox: NodeBox?
    /// Units that point nowhere (only when the document's own numbering is
    /// known well enough to say so).
    public var dangling: [DanglingUnit] = []
}

/// A `CitationResolution.node`.
final class NodeBox: Sendable {
    let node: StructureNode
    init(_ node: StructureNode) { self.node = node }
}

/// The resolved citations of one document: data for rules and for the
/// language server (hover, go to definition, find references).
public struct CitationGraph: Sendable {
    public var citations: [Citation]
    /// One per citation, same order.
    public var resolutions: [CitationResolution]
    public var documents: [CitedDocument]
    /// Per citation (same order): for a numbered citation whose number is
    /// of ASCII and `đ`/`Đ` only (nearly all), its key as `numberKey` made
    /// it, which is `DocumentCatalog.upperFoldedASCIIString` of the number's
    /// text with blanks dropped, the fold that `DocumentCatalog.lookupKey`
    /// starts with: the catalog look-up of every citation reuses it. Nil
    /// for any other citation.
    var asciiNumberKeys: [String?] = []

    /// The citation whose range contains `offset`, if any.
    public func citation(at offset: Int) -> Int? {
        var lo = 0, hi = citations.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if citations[mid].range.end <= offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo < citations.count, citations[lo].range.start <= offset, offset < citations[lo].range.end else { return nil }
        return lo
    }

    /// Where the citation `i` is defined: the first full citation of its
    /// document, or the unit of the citing document it names.
    public func definition(of i: Int) -> TextRange? {
        let r = resolutions[i]
        if let n = r.node { return n.range }
        if case .document(let d) = r.target { return citations[documents[d].first].range }
        if let a = r.antecedent { return citations[a].range }
        return nil
    }

    /// Every citation of the same document as citation `i`.
    public func references(of i: Int) -> [Int] {
        if case .document(let d) = resolutions[i].target { return documents[d].mentions }
        return [i]
    }

    /// The cited document of citation `i`, if external.
    public func document(of i: Int) -> CitedDocument? {
        if case .document(let d) = resolutions[i].target { return documents[d] }
        return nil
    }
}

/// Links short and deictic references to what they mean, in the manner of
/// eyecite: a later `Nghị định số 30/2020/NĐ-CP` to its first full citation,
/// `Điều này` to the enclosing article, `Quyết định này` to the document
/// itself, `Điều 3` to the document's own article (an attached regulation has
/// its own numbering), `nêu trên`/`đã dẫn` to the nearest matching antecedent.
public enum CitationResolver {
    public static func resolve(_ doc: Document) -> CitationGraph {
        let cits = doc.citations
        // (A text citing nothing has nothing to resolve: no tables made.)
        guard !cits.isEmpty else { return CitationGraph(citations: cits, resolutions: [], documents: []) }
        // (Filled in order, one of each per citation at the top of the
        // loop below: cheaper than copying a blank into every place first.)
        var res: [CitationResolution] = []
        var asciiKeys: [String?] = []
        res.reserveCapacity(cits.count)
        asciiKeys.reserveCapacity(cits.count)
        var docs: [CitedDocument] = []
        // By bytes (`ByteKeyMap`): law keys are Vietnamese, which `String`
        // hashes slowly, and a key found (or an alias) is never made a
        // `String`. At most a key and an alias per citation go into
        // `byKey`; `lastByName` is made at its first key, only in texts
        // citing a law by name or a number without its year.
        var byKey = ByteKeyMap(capacity: 2 * cits.count)
        var lastByName = ByteKeyMap(capacity: cits.count, sizedAtFirstKey: true)
        // At most a document per citation: one allocation instead of one
        // per doubling.
        docs.reserveCapacity(cits.count)
        // The key of the citation at hand and its alias are written here
        // (`writeKey`, `lawKey(_:name:clean:into:)`), in place of a string
        // each. (The keys are read through pointers, not in closures: a
        // closure over the tables below would check every access to them
        // at run time.)
        var keyBuf = KeyScratch(), aliasBuf = KeyScratch()
        defer { keyBuf.free(); aliasBuf.free() }

        /// Returns the document's index (the value of `key` in `byKey`
        /// afterwards). `keyString` is `key` as a string, if made already.
        @discardableResult
        func register(_ i: Int, key k: UnsafeBufferPointer<UInt8>, keyString: String?, alias: UnsafeBufferPointer<UInt8>?) -> Int {
            // Aliases (a numbered law's name) are recorded for later mentions
            // by name, never used to merge two different numbers.
            let h = HashedKey.bytesHash(k)
            if let d = byKey.value(k, hash: h) {
                docs[d].mentions.append(i)
                res[i].target = .document(d)
                res[i].antecedent = docs[d].first
                if let a = alias { byKey.set(a, hash: HashedKey.bytesHash(a), d) }
                return d
            }
            let c = cits[i]
            docs.append(CitedDocument(key: keyString ?? String(decoding: k, as: UTF8.self), kind: c.kind, number: c.number,
                                      name: c.name?.text, first: i, mentions: [i]))
            byKey.set(k, hash: h, docs.count - 1)
            if let a = alias { byKey.set(a, hash: HashedKey.bytesHash(a), docs.count - 1) }
            res[i].target = .document(docs.count - 1)
            return docs.count - 1
        }
        func setLast(_ key: UnsafeBufferPointer<UInt8>, _ d: Int) { lastByName.set(key, hash: HashedKey.bytesHash(key), d) }
        func last(_ key: UnsafeBufferPointer<UInt8>) -> Int? { lastByName.value(key, hash: HashedKey.bytesHash(key)) }

        let ownKey = doc.header.number.flatMap { CitationExtractor.isHeaderNumber($0, doc.clean) ? numberKey($0.number) : nil }
        for (i, c) in cits.enumerated() {
            res.append(CitationResolution())
            asciiKeys.append(nil)
            let scope = attachmentIndex(doc, c.range.start)
            switch c.form {
            case .numbered:
                // (The number's fields read one by one: a `DocumentNumber`
                // copied is a retain of each of its strings.)
                guard let text = c.number?.text else { continue }
                // (`numberKey`, the fold kept for the catalog look-up.)
                let ascii = DocumentCatalog.upperFoldedASCIIString(text, dropBlanks: true)
                asciiKeys[i] = ascii
                let key = ascii ?? numberKey(c.number!)
                if key == ownKey {
                    res[i].target = .this(attachment: nil)
                    continue
                }
                // (`alias` stays valid: `aliasBuf` is not written again
                // before the next citation.)
                var alias: UnsafeBufferPointer<UInt8>? = nil
                if let name = c.name {
                    let end = lawKey(c, name: name, clean: doc.clean, into: &aliasBuf)
                    alias = aliasBuf.prefix(end)
                }
                let baseEnd = writeKey(key, into: &keyBuf)
                if c.number?.year == nil && c.number?.isPartyStyle == false {
                    // Administrative numbers restart every year: the year of
                    // the date tells two documents of one number apart; a
                    // mention without a date is the latest of that number.
                    // (`keyBuf.prefix(baseEnd)`, the key without a year,
                    // is taken where used: writing `keyBuf` may move it.)
                    if let y = c.date?.year {
                        let end = appendYear(y, at: baseEnd, into: &keyBuf)
                        setLast(keyBuf.prefix(baseEnd), register(i, key: keyBuf.prefix(end), keyString: nil, alias: alias))
                    } else if let d = last(keyBuf.prefix(baseEnd)) {
                        let end = writeKey(docs[d].key, into: &keyBuf)
                        register(i, key: keyBuf.prefix(end), keyString: docs[d].key, alias: alias)
                    } else {
                        setLast(keyBuf.prefix(baseEnd), register(i, key: keyBuf.prefix(baseEnd), keyString: key, alias: alias))
                    }
                } else {
                    register(i, key: keyBuf.prefix(baseEnd), keyString: key, alias: alias)
                }
            case .named:
                guard let name = c.name else {
                    // "Hiến pháp năm 2013"
                    let key = "law:" + (c.typeName?.text.lowercased() ?? "")
                    let end = writeKey(key, into: &keyBuf)
                    register(i, key: keyBuf.prefix(end), keyString: key, alias: nil)
                    continue
                }
                // Laws of one name from different years are different laws
                // (Luật Đất đai 2013, 2024): the year is part of the key; a
                // mention without a year is the latest one of that name.
                let baseEnd = lawKey(c, name: name, clean: doc.clean, into: &keyBuf)
                if let y = c.year {
                    let end = appendYear(y, at: baseEnd, into: &keyBuf)
                    setLast(keyBuf.prefix(baseEnd), register(i, key: keyBuf.prefix(end), keyString: nil, alias: nil))
                } else if let d = last(keyBuf.prefix(baseEnd)) {
                    let end = writeKey(docs[d].key, into: &keyBuf)
                    register(i, key: keyBuf.prefix(end), keyString: docs[d].key, alias: nil)
                } else {
                    setLast(keyBuf.prefix(baseEnd), register(i, key: keyBuf.prefix(baseEnd), keyString: nil, alias: nil))
                }
            case .deictic:
                if c.typeNameRange == nil || c.deixis.map({ isNay($0, doc.clean) }) == true {
                    res[i].target = .this(attachment: selfScope(doc, c, scope))
                } else if let a = nearestAntecedent(cits, before: i, kind: c.kind) {
                    res[i].antecedent = a
                    res[i].target = res[a].target
                }
            case .internalUnits:
                res[i].target = .this(attachment: scope)
            }
        }
        // "Điều 5 và Điều 6 Nghị định số …": a bare chain joined to the next
        // citation by "và", "," or "hoặc" shares its document.
        for i in cits.indices.dropLast() where cits[i].form == .internalUnits {
            let next = cits[i + 1]
            guard next.form != .internalUnits, isJoined(doc.clean, cits[i].range.end, next.range.start) else { continue }
            res[i].target = res[i + 1].target
            res[i].antecedent = i + 1
        }
        // Units of the citing document.
        var unitCache = UnitCandidateCache()
        for i in cits.indices {
            guard case .this(let att) = res[i].target, !cits[i].units.isEmpty else { continue }
            resolveUnits(doc, cits[i], attachment: att, into: &res[i], cache: &unitCache)
        }
        return CitationGraph(citations: cits, resolutions: res, documents: docs, asciiNumberKeys: asciiKeys)
    }

    /// The comparison key of a number: no blanks, upper case, `Đ` folded to `D`.
    public static func numberKey(_ n: DocumentNumber) -> String {
        // Blanks dropped on the fly: the same bytes as folding `n.normalized`.
        if let k = DocumentCatalog.upperFoldedASCIIString(n.text, dropBlanks: true) { return k }
        let s = n.normalized
        var out = ""
        for u in s.uppercased().unicodeScalars {
            if u == "Đ" { out.append("D") } else { out.unicodeScalars.append(u) }
        }
        return out
    }

    /// The bytes of `lawKey(c, name.text)`, written at the start of `buf`
    /// (grown as needed): their count. The fast path reads the clean bytes
    /// of the type name and the name, whose texts are then not made. Where
    /// that path answers (every scalar Latin, U+0000–U+024F or
    /// U+1E00–U+1EFF, no combining mark, no CR) the bytes are in NFC and
    /// are the fields' texts: in a model placed back on a decomposed
    /// original too, whose texts are the NFC of the bytes under their ranges.
    static func lawKey(_ c: Citation, name: Field, clean: [UInt8], into buf: inout KeyScratch) -> Int {
        let typeRange = c.typeNameRange, nameRange = name.range
        // (`lowerUTF8` reads whole scalars: both ranges must start and end
        // on scalar boundaries, as the parser's do.)
        func whole(_ r: TextRange) -> Bool {
            r.start <= r.end && r.end <= clean.count && (r.start == clean.count || clean[r.start] & 0xC0 != 0x80)
                && (r.end == clean.count || clean[r.end] & 0xC0 != 0x80)
        }
        if whole(nameRange), typeRange.map(whole) ?? true {
            let typeCount = typeRange.map { $0.end - $0.start } ?? luat.count
            let room = 5 + 2 * (typeCount + nameRange.end - nameRange.start)
            buf.reserve(room)
            let out = UnsafeMutableBufferPointer(start: buf.base, count: room)
            let n = clean.withUnsafeBufferPointer { b -> Int? in
                let src = UnsafeBufferPointer(rebasing: b[nameRange.start..<nameRange.end])
                guard let r = typeRange else { return luat.withUnsafeBufferPointer { lawKeyFast($0, src, into: out) } }
                return lawKeyFast(UnsafeBufferPointer(rebasing: b[r.start..<r.end]), src, into: out)
            }
            if let n { return n }
        }
        return writeKey(lawKey(c, name.text), into: &buf)
    }

    /// Writes the bytes of `key` at the start of `buf`: their count.
    static func writeKey(_ key: String, into buf: inout KeyScratch) -> Int {
        var key = key
        return key.withUTF8 { k in
            buf.reserve(k.count)
            if let from = k.baseAddress { buf.base.update(from: from, count: k.count) }
            return k.count
        }
    }

    /// Writes `@` and `String(year)` at `at` in `buf`, after a key (`key +
    /// "@" + String(year)`, a key of a given year): the end of what was written.
    static func appendYear(_ year: Int, at: Int, into buf: inout KeyScratch) -> Int {
        var digits = String(year)
        return digits.withUTF8 { d in
            buf.reserve(at + 1 + d.count)
            buf.base[at] = UInt8(ascii: "@")
            for j in 0..<d.count { buf.base[at + 1 + j] = d[j] }
            return at + 1 + d.count
        }
    }

    static let luat = Array("luật".utf8)

    static func lawKey(_ c: Citation, _ name: String) -> String {
        var type = c.typeName?.text ?? "luật", n = name
        let key = type.withUTF8 { t in n.withUTF8 { lawKeyFast(t, $0) } }
        if let key { return key }
        return "law:" + (c.typeName?.text.lowercased() ?? "luật") + " " + name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    /// The key on the bytes of the type name `t` and the name `src`, for
    /// Latin text (`Issuers.lowerUTF8`: exact there), written into the
    /// key's own storage: `law:`, the type name in lower case, a space,
    /// the name in lower case with its blanks collapsed; nil elsewhere.
    static func lawKeyFast(_ t: UnsafeBufferPointer<UInt8>, _ src: UnsafeBufferPointer<UInt8>) -> String? {
        var exact = true
        let s = String(unsafeUninitializedCapacity: 5 + 2 * (t.count + src.count)) { buf in
            guard let n = lawKeyFast(t, src, into: buf) else { exact = false; return 0 }
            return n
        }
        return exact ? s : nil
    }

    /// `lawKeyFast(t, src)` written at the start of `buf` (room for `5 + 2
    /// * (t.count + src.count)` bytes): the count written, or nil where
    /// that gives nil.
    static func lawKeyFast(_ t: UnsafeBufferPointer<UInt8>, _ src: UnsafeBufferPointer<UInt8>, into buf: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        for (k, b) in "law:".utf8.enumerated() { buf[k] = b }
        guard let typeEnd = Issuers.lowerUTF8(t, into: buf, at: 4) else { return nil }
        buf[typeEnd] = 0x20
        let from = typeEnd + 1
        guard let nameEnd = Issuers.lowerUTF8(src, into: buf, at: from) else { return nil }
        // Blanks collapsed in place (the output never passes the input).
        var out = from, first = true, pending = false
        for k in from..<nameEnd {
            let b = buf[k]
            if b == 0x20 || b == 0x0A { pending = true; continue }
            if pending && !first { buf[out] = 0x20; out += 1 }
            pending = false; first = false
            buf[out] = b; out += 1
        }
        return out
    }

    /// `d.text == "này"`, read on the bytes under the word where they
    /// decide it. Its text is those bytes, or (in a model placed back on a
    /// decomposed original) their NFC: either way bytes that are `này` in
    /// NFC give `này`, and four other bytes cannot (`này` is four bytes
    /// in NFC, five decomposed, and no other form). Five bytes (`này`
    /// decomposed?) are decided on the text.
    static func isNay(_ d: Field, _ clean: [UInt8]) -> Bool {
        let r = d.range
        switch r.end - r.start {
        case 4:
            guard r.start >= 0, r.end <= clean.count else { return d.text == "này" }
            return clean[r.start] == 0x6E && clean[r.start + 1] == 0xC3 && clean[r.start + 2] == 0xA0 && clean[r.start + 3] == 0x79
        case 5: return d.text == "này"
        default: return false
        }
    }

    static func attachmentIndex(_ doc: Document, _ offset: Int) -> Int? {
        doc.attachments.firstIndex { $0.range.start <= offset && offset < $0.range.end }
    }

    /// `Quyết định này` inside an attached Quy chế still names the main
    /// decision; `Quy chế này` names the attachment.
    static func selfScope(_ doc: Document, _ c: Citation, _ scope: Int?) -> Int? {
        guard let s = scope else { return nil }
        if let k = c.kind, k == doc.kind { return nil }
        if let t = c.typeName?.text.lowercased(), doc.attachments[s].typeName.text.lowercased().hasPrefix(t) { return s }
        return c.typeNameRange == nil ? s : nil
    }

    static func nearestAntecedent(_ cits: [Citation], before i: Int, kind: DocumentKind?) -> Int? {
        var j = i - 1
        while j >= 0 {
            let c = cits[j]
            if (c.form == .numbered || c.form == .named), kind == nil || c.kind == kind { return j }
            j -= 1
        }
        return nil
    }

    static let joiners: [[UInt8]] = ["và", "hoặc", ",", "của"].map { Array($0.utf8) }

    static func isJoined(_ b: [UInt8], _ from: Int, _ to: Int) -> Bool {
        guard to >= from, to - from <= 24 else { return false }
        var k = from
        var sawJoiner = false
        while k < to {
            if Bytes.isBlank(b[k]) { k += 1; continue }
            if let j = joiners.first(where: { Bytes.hasPrefix(b, at: k, $0) }) { k += j.count; sawJoiner = true; continue }
            return false
        }
        return sawJoiner
    }

    // MARK: Units of the citing document

    static func level(_ u: UnitReference.Unit) -> StructureLevel? {
        switch u {
        case .diem: return .diem
        case .khoan: return .khoan
        case .dieu: return .dieu
        case .tieuMuc: return .tieuMuc
        case .muc: return .muc
        case .chuong: return .chuong
        case .phan: return .phan
        case .phuLuc: return nil
        }
    }

    /// A unit number in upper case. ASCII with no lower-case letter (the
    /// digits and Roman numerals of nearly every unit) is its own upper
    /// case: returned as it is, without `uppercased()` building it again.
    static func normalizedNumber(_ s: String) -> String {
        var t = s
        if t.withUTF8({ $0.allSatisfy { $0 < 0x61 || ($0 > 0x7A && $0 < 0x80) } }) { return s }
        return s.uppercased()
    }

    /// Units of one level that a reference may name, with their numbers
    /// normalised for comparison.
    struct UnitCandidates {
        var nodes: [StructureNode]
        /// Each node's number as a `packedKey`, when every one packs (the
        /// digits and Roman numerals of nearly every text): then no string
        /// is made. Nil when one does not; `keys` then holds them all.
        let packed: [UInt64]?
        /// The numbers normalised (`normalizedNumber`), when `packed` is nil.
        let keys: [String]
        /// For a long list (a text with thousands of articles): the first
        /// index of each key. A short list is searched in order.
        private let firstIndex: [String: Int]?
        private let firstPacked: [UInt64: Int]?
        /// `nodes.count` when the nodes are numbered 1…n in order, -1 when
        /// not. (Read on the keys: a number's upper case reads as the same
        /// `Int` as its text, and its text is not made again.)
        let inOrderCount: Int

        static let indexedFrom = 16

        /// The candidates with string keys (the reference the packed keys
        /// are tested against).
        init(_ nodes: [StructureNode]) {
            self.nodes = nodes
            packed = nil
            firstPacked = nil
            keys = nodes.map { CitationResolver.normalizedNumber($0.number.text) }
            if keys.count >= Self.indexedFrom {
                var d: [String: Int] = [:]
                d.reserveCapacity(keys.count)
                for (k, key) in keys.enumerated() where d[key] == nil { d[key] = k }
                firstIndex = d
            } else {
                firstIndex = nil
            }
            var inOrder = nodes.count
            for (k, key) in keys.enumerated() where Int(key) != k + 1 { inOrder = -1; break }
            inOrderCount = inOrder
        }

        /// The candidates of nodes whose numbers are fields of `clean`
        /// (`FieldBytes`): packed keys when every number packs.
        init(_ nodes: [StructureNode], clean: [UInt8]) {
            var p: [UInt64] = []
            p.reserveCapacity(nodes.count)
            for n in nodes {
                guard let k = CitationResolver.packedKey(clean, n.number.range) else { self = UnitCandidates(nodes); return }
                p.append(k)
            }
            self.nodes = nodes
            packed = p
            keys = []
            firstIndex = nil
            if p.count >= Self.indexedFrom {
                var d: [UInt64: Int] = [:]
                d.reserveCapacity(p.count)
                for (k, key) in p.enumerated() where d[key] == nil { d[key] = k }
                firstPacked = d
            } else {
                firstPacked = nil
            }
            // (`FieldBytes.int` is `Int(text)`; the upper case of ASCII
            // changes no digit or sign.)
            var inOrder = nodes.count
            for (k, n) in nodes.enumerated() where FieldBytes.int(clean, n.number.range) != k + 1 { inOrder = -1; break }
            inOrderCount = inOrder
        }

        /// The first node numbered `key` (a `normalizedNumber`).
        func first(numbered key: String) -> StructureNode? {
            if packed != nil {
                var k = key
                if let pk = k.withUTF8({ CitationResolver.packedKey($0) }) { return first(packed: pk) }
                // A key that does not pack may still equal an ASCII one
                // as a `String` (canonical equivalence: `K` and the Kelvin
                // sign): compared as strings, node by node (never seen in
                // practice).
                return nodes.first { CitationResolver.normalizedNumber($0.number.text) == key }
            }
            if let firstIndex { return firstIndex[key].map { nodes[$0] } }
            return keys.firstIndex(of: key).map { nodes[$0] }
        }

        /// The first node whose number packs to `key` (only when `packed`).
        func first(packed key: UInt64) -> StructureNode? {
            if let firstPacked { return firstPacked[key].map { nodes[$0] } }
            guard let packed else { return nil }
            return packed.firstIndex(of: key).map { nodes[$0] }
        }
    }

    /// A unit number's `normalizedNumber` packed in a word, for a number of
    /// up to seven ASCII bytes: its bytes with `a`…`z` upper-cased (what
    /// `uppercased()` does to ASCII), little-endian, the length in the top
    /// byte. Two such numbers' normalised strings are equal exactly when
    /// their keys are (ASCII strings are equal when their bytes are). Nil
    /// for any other number.
    static func packedKey(_ p: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard p.count <= 7 else { return nil }
        var k = UInt64(p.count) << 56
        for i in 0..<p.count {
            var c = p[i]
            guard c < 0x80 else { return nil }
            if c >= 0x61 && c <= 0x7A { c -= 0x20 }
            k |= UInt64(c) << UInt64(8 * i)
        }
        return k
    }

    /// `packedKey` of the bytes of `clean` under `r` (a field's text, read
    /// on its bytes: `FieldBytes`).
    static func packedKey(_ clean: [UInt8], _ r: TextRange) -> UInt64? {
        guard r.start <= r.end, r.end <= clean.count, r.end - r.start <= 7 else { return nil }
        return clean.withUnsafeBufferPointer { packedKey(UnsafeBufferPointer(rebasing: $0[r.start..<r.end])) }
    }

    /// `UnitCandidates` of each list of nodes searched, kept for one
    /// `resolve`: every `Điều n` of a document searches the same top level,
    /// every `khoản n Điều này` of an article the same khoản, which are
    /// walked (and their numbers normalised) once per level instead of once
    /// per reference.
    struct UnitCandidateCache {
        /// A list by its storage: the document is not changed during
        /// `resolve`, so one storage and count is one list of nodes (and
        /// every empty list gives no candidates). Ints only: hashing a
        /// `StructureLevel` would hash its name.
        /// (A `SmallMemo`: a document searches a few lists, whose keys
        /// are compared in order, hash first, until there are many.)
        struct Key: MemoKey {
            var storage: UInt; var count: Int; var level: Int
            var memoHash: UInt64 {
                (UInt64(storage) &* 0x9E37_79B9_7F4A_7C15) ^ (UInt64(truncatingIfNeeded: count) &* 0xBF58_476D_1CE4_E5B9) ^ UInt64(truncatingIfNeeded: level)
            }
        }
        private var cache = SmallMemo<Key, UnitCandidates>()

        mutating func candidates(_ lv: StructureLevel, in nodes: [StructureNode], clean: [UInt8]) -> UnitCandidates {
            let storage = nodes.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
            let key = Key(storage: storage, count: nodes.count, level: lv.rank)
            if let known = cache[key] { return known }
            let v = UnitCandidates(CitationResolver.collectDirect(lv, in: nodes), clean: clean)
            cache.insert(key, v)
            return v
        }
    }

    /// Finds the node named by the unit chain, largest unit first; records
    /// units that point nowhere when the numbering is known.
    static func resolveUnits(_ doc: Document, _ c: Citation, attachment: Int?, into r: inout CitationResolution, cache: inout UnitCandidateCache) {
        let roots = attachment.map { doc.attachments[$0].structure } ?? doc.structure
        guard !roots.isEmpty else { return }
        let clean = doc.clean
        // Units must run small to large to be read this way.
        let units = c.units
        for k in units.indices.dropFirst() where units[k].unit.rank <= units[k - 1].unit.rank { return }
        guard units.allSatisfy({ level($0.unit) != nil }) else { return }
        // The container to search in: the whole text, or the node that
        // encloses the citation when the largest unit is below it ("khoản 2"
        // alone, "Điều này").
        var scope: [StructureNode] = roots
        var scopeIsKnown = true
        var current: StructureNode?
        // The smallest node found, boxed once on the way out (`r.node`).
        var smallest: StructureNode?
        defer { if smallest != nil { r.node = smallest } }
        // (The units' fields read in place: a `UnitReference` copied is a
        // retain of each of its fields' storage and of its numbers.)
        let last = units.count - 1, largestUnit = units[last].unit
        // (Numbers read through `numberCount` and `number(_:)`: `numbers`
        // makes an array.)
        let largestHasNone = units[last].numberCount == 0
        if largestHasNone || largestUnit == .khoan || largestUnit == .diem {
            // Relative to the enclosing unit of that level (or its parent).
            let wanted = largestHasNone ? level(largestUnit)! : .dieu
            guard let enc = enclosing(wanted, in: roots, at: c.range.start) else { return }
            current = enc
            scope = enc.children
            scopeIsKnown = largestHasNone
            if largestHasNone { smallest = enc }
        }
        for ui in units.indices.reversed() {
            let numberCount = units[ui].numberCount
            guard numberCount > 0, let lv = level(units[ui].unit) else { continue }
            let candidates = cache.candidates(lv, in: scope, clean: clean)
            var found: StructureNode?
            for ni in 0..<numberCount {
                let num = units[ui].number(ni)
                // (Packed candidates are searched by the number's packed
                // bytes, its text not made; `FieldBytes.int` is `Int(text)`,
                // and upper case changes no digit or sign.)
                let hit: StructureNode?
                var key: String? = nil
                if candidates.packed != nil, let pk = packedKey(clean, num.range) {
                    hit = candidates.first(packed: pk)
                } else {
                    let k = normalizedNumber(num.text)
                    hit = candidates.first(numbered: k)
                    key = k
                }
                if let hit {
                    if found == nil { found = hit }
                } else if scopeIsKnown, let v = key.map({ Int($0) }) ?? FieldBytes.int(clean, num.range), let last = contiguousCount(lv, candidates, in: current), v > last {
                    r.dangling.append(DanglingUnit(unitIndex: ui, numberIndex: ni, available: candidates.nodes.count))
                }
            }
            guard let f = found, numberCount == 1 else { return }
            smallest = f
            current = f
            scope = f.children
            scopeIsKnown = true
        }
    }

    /// The count of units of that level when they are numbered 1…n without
    /// gaps (articles in a structured text, khoản inside an article that has
    /// them): only then is a number past the end known to point nowhere.
    static func contiguousCount(_ lv: StructureLevel, _ candidates: UnitCandidates, in parent: StructureNode?) -> Int? {
        guard !candidates.nodes.isEmpty else { return nil }
        switch lv {
        case .dieu: break
        case .khoan: guard parent?.level == .dieu else { return nil }
        default: return nil
        }
        return candidates.inOrderCount < 0 ? nil : candidates.inOrderCount
    }

    /// Nodes of a level reachable from `nodes` without passing through a
    /// node of that level or a lower one (Điều under Chương/Mục, khoản under
    /// an article).
    static func collectDirect(_ lv: StructureLevel, in nodes: [StructureNode]) -> [StructureNode] {
        // Nodes all of that level (an article's khoan, a text of articles)
        // are their own answer: shared, not copied one by one.
        if nodes.allSatisfy({ $0.level == lv }) { return nodes }
        var out: [StructureNode] = []
        func walk(_ ns: [StructureNode]) {
            for n in ns {
                if n.level == lv { out.append(n); continue }
                if n.level.rank < lv.rank || n.level == .romanHeading { walk(n.children) }
            }
        }
        walk(nodes)
        return out
    }

    /// The node of level `lv` whose extent holds `offset`. Siblings are in
    /// text order and do not overlap (the parser's invariant, pinned by a
    /// corpus test), so at most one holds it: found by binary search, which
    /// keeps a text with thousands of articles and references linear.
    static func enclosing(_ lv: StructureLevel, in nodes: [StructureNode], at offset: Int) -> StructureNode? {
        var lo = 0, hi = nodes.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if nodes[mid].extent.start <= offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0, offset < nodes[lo - 1].extent.end else { return nil }
        let n = nodes[lo - 1]
        if n.level == lv { return n }
        return enclosing(lv, in: n.children, at: offset)
    }
}

/// A map from byte strings to `Int`s for one `CitationResolver.resolve`:
/// the documents' keys (and law aliases) to their documents, and a key
/// without its year to the latest document of it. The keys are written
/// by the resolver into a scratch buffer and looked up there, so that no
/// `String` is made for a key that is found (or for an alias): a key's
/// bytes are copied into the map's own storage only when it goes in. Open
/// addressing, linear probing, sized once for the keys that can go in
/// (no rehashing); a key's hash is `HashedKey.bytesHash`.
struct ByteKeyMap {
    private struct Entry {
        var hash: UInt64
        /// The key's bytes in `arena`.
        var start: Int32, end: Int32
        var value: Int
    }
    /// `1 +` the index in `entries` of the key whose probe passes there; 0 empty.
    private var slots: [Int32] = []
    private var entries: [Entry] = []
    private var arena: [UInt8] = []
    private var mask = 0
    private let limit: Int

    /// A map for at most `capacity` keys (at most half its slots used),
    /// its tables made now or, when `sizedAtFirstKey`, with its first key
    /// (a map that may get none costs nothing).
    init(capacity: Int, sizedAtFirstKey: Bool = false) {
        limit = capacity
        if !sizedAtFirstKey { makeTables() }
    }

    private mutating func makeTables() {
        var size = 8
        while size < 2 * limit { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        entries.reserveCapacity(limit)
    }

    /// The slot of `key`, or the empty slot where its probe ends.
    private func slot(_ key: UnsafeBufferPointer<UInt8>, _ hash: UInt64) -> Int {
        var s = Int(truncatingIfNeeded: hash >> 7) & mask
        while true {
            let e = Int(slots[s])
            if e == 0 { return s }
            let entry = entries[e - 1]
            if entry.hash == hash && equals(entry, key) { return s }
            s = (s + 1) & mask
        }
    }

    private func equals(_ e: Entry, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(e.start), n = Int(e.end) - start
        guard n == key.count else { return false }
        return arena.withUnsafeBufferPointer { a in
            for k in 0..<n where a[start + k] != key[k] { return false }
            return true
        }
    }

    /// The value of `key` (of hash `hash`), if it went in.
    func value(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        if slots.isEmpty { return nil }
        let e = Int(slots[slot(key, hash)])
        return e == 0 ? nil : entries[e - 1].value
    }

    /// Sets the value of `key`; a new key is one of the at most `capacity`.
    mutating func set(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, _ value: Int) {
        if slots.isEmpty { makeTables() }
        let s = slot(key, hash)
        let e = Int(slots[s])
        if e != 0 { entries[e - 1].value = value; return }
        precondition(entries.count < limit, "ByteKeyMap: more keys than its capacity")
        let start = arena.count
        arena.append(contentsOf: key)
        entries.append(Entry(hash: hash, start: Int32(start), end: Int32(arena.count), value: value))
        slots[s] = Int32(entries.count)
    }
}

/// A growable byte buffer that `CitationResolver.resolve` writes a key
/// into, read through a pointer (`prefix`): `ByteKeyMap` takes keys as
/// buffers, and the resolver's tables are then used outside any closure.
struct KeyScratch {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int

    init() {
        capacity = 64
        base = .allocate(capacity: capacity)
    }

    /// Makes room for `count` bytes; the bytes written stay, but at a new
    /// place when it grows (earlier `prefix`es are then invalid).
    mutating func reserve(_ count: Int) {
        guard count > capacity else { return }
        let grown = max(count, 2 * capacity)
        let b = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        b.update(from: base, count: capacity)
        base.deallocate()
        base = b
        capacity = grown
    }

    /// The first `count` bytes (written before, `count <= capacity`).
    func prefix(_ count: Int) -> UnsafeBufferPointer<UInt8> {
        precondition(count <= capacity)
        return UnsafeBufferPointer(start: base, count: count)
    }

    func free() { base.deallocate() }
}
