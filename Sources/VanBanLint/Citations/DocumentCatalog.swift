import VanBan

/// What is known about one document: number, type, date, issuer, title,
/// whether it still governs and what replaced it, and where each fact comes
/// from.
public struct CatalogEntry: Sendable, Equatable {
    public enum Status: String, Sendable, Equatable {
        case inForce = "in-force"
        /// Replaced by the documents in `replacedBy`.
        case replaced
        /// No longer governs (after `until`), replacement unnamed or partial.
        case expired
        case unknown
    }

    /// As written officially (`30/2020/NĐ-CP`).
    public var number: String
    public var kind: DocumentKind?
    public var date: SimpleDate?
    public var issuer: String?
    public var title: String?
    public var status: Status = .unknown
    public var replacedBy: [String] = []
    /// The last day it governed (`TT 01/2011` governs until 04/3/2020).
    public var until: SimpleDate?
    /// Where each fact comes from: `number`, `type`, `date`, `issuer`,
    /// `title`, `status` → a source; `*` for all facts without their own.
    public var sources: [String: String] = [:]

    public init(number: String) { self.number = number }

    /// Administrative numbers (no year: `844/QĐ-TTg`) restart every year,
    /// so their key carries the year of the date.
    public var key: String { DocumentCatalog.key(number, year: date?.year) }

    public func source(of fact: String) -> String? { sources[fact] ?? sources["*"] }
}

public struct CatalogError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// A catalog of documents, keyed by number. The built-in one ships as JSON
/// text inside the package (`CatalogSeed`, `CatalogCorpus`); users extend it
/// with their own JSON files (`.vblint.json` `catalogs`).
///
/// JSON: `{"documents": [{"number": "30/2020/NĐ-CP", "type": "nghi-dinh",
/// "date": "2020-03-05", "issuer": "Chính phủ", "title": "…",
/// "status": "in-force", "replacedBy": [], "until": null,
/// "sources": {"*": "…"}}]}`.
public struct DocumentCatalog: Sendable {
    public private(set) var entries: [CatalogEntry] = []
    private var index: [String: Int] = [:]
    /// `index` again, on the keys' bytes, for `entry(folded:year:)` (every
    /// citation of every document asks): an open-addressed table of
    /// positions (`slots`, -1 for none, with their keys' `HashedKey.bytesHash`
    /// in `slotHashes`) read while every key is ASCII (`allKeysASCII`),
    /// where ASCII strings are equal exactly when their bytes are. A key
    /// with the year appended is then looked up without being made, and
    /// none is hashed by `Hasher`.
    private var slots: [Int32] = []
    private var slotHashes: [UInt64] = []
    /// The key each position was entered under in `index`, as bytes.
    private var indexKeys: [[UInt8]] = []
    private var allKeysASCII = true

    public init(_ entries: [CatalogEntry] = []) {
        for e in entries { add(e) }
    }

    /// The catalog shipped with vblint: facts from rules.md and facts the
    /// corpus documents state about themselves.
    public static let builtin: DocumentCatalog = {
        // Both texts are checked by tests; a broken one yields an empty catalog, never a crash.
        let seed = (try? DocumentCatalog.parse(Array(CatalogSeed.json.utf8))) ?? DocumentCatalog()
        let corpus = (try? DocumentCatalog.parse(Array(CatalogCorpus.json.utf8))) ?? DocumentCatalog()
        return corpus.merging(seed)
    }()

    /// The built-in catalog extended by user catalogs (the contents of the
    /// files named in `.vblint.json` `catalogs`, in order; later files win).
    /// Throws on the first invalid one, naming it by its index.
    public static func withUserCatalogs(_ jsons: [[UInt8]]) throws(CatalogError) -> DocumentCatalog {
        var out = builtin
        for (i, j) in jsons.enumerated() {
            do { out = out.merging(try parse(j)) } catch { throw CatalogError(message: "catalogs[\(i)]: \(error.message)") }
        }
        return out
    }

    /// The comparison key of a number: no blanks, upper case, `Đ` → `D`.
    public static func key(_ number: String, year: Int? = nil) -> String { lookupKey(number, year: year).key }

    /// The key, and whether `entry(number:year:)` may find it (a number
    /// with its year, or a year given, or an `@` in it).
    static func lookupKey(_ number: String, year: Int?) -> (key: String, usable: Bool) {
        // Fast path: ASCII and `đ`/`Đ` only (nearly every number), on bytes.
        if let k = upperFoldedASCIIString(number, dropBlanks: true) { return lookupKey(folded: k, year: year) }
        var out = ""
        for u in number.uppercased().unicodeScalars where u != " " && u != "\n" && u != "\r" && u != "\t" {
            if u == "Đ" { out.append("D") } else { out.unicodeScalars.append(u) }
        }
        let k = hasYear(out) ? out : (year.map { out + "@" + String($0) } ?? out)
        return (k, hasYear(k) || k.contains("@"))
    }

    /// `lookupKey` of a number whose fold `upperFoldedASCIIString(number,
    /// dropBlanks: true)` is `k` (made once, by the citation resolver).
    static func lookupKey(folded k: String, year: Int?) -> (key: String, usable: Bool) {
        var k = k
        // On the contiguous bytes: walking `String.UTF8View` costs
        // about ten times more per byte.
        if k.withUTF8({ hasYear(bytes: $0) }) { return (k, true) }
        guard let year else { return (k, k.utf8.contains(0x40)) }
        return (k + "@" + String(year), true)
    }

    /// Upper case with `Đ`/`đ` folded to `D` (blanks dropped if asked), for
    /// text of ASCII and `đ`/`Đ` only; nil for anything else. The same as
    /// `uppercased()` and the fold on such text.
    static func upperFoldedASCII(_ s: String, dropBlanks: Bool) -> [UInt8]? {
        // On the contiguous UTF-8, into an array allocated once at the
        // largest size (the output is never longer than the input).
        var s = s
        return s.withUTF8 { src -> [UInt8]? in
            var foreign = false
            let out = [UInt8](unsafeUninitializedCapacity: src.count) { buf, count in
                let n = foldASCII(src, into: buf, dropBlanks: dropBlanks)
                foreign = n == nil
                count = n ?? 0
            }
            return foreign ? nil : out
        }
    }

    /// `upperFoldedASCII` as a string, written in place (no array between):
    /// most keys are short enough to need no storage at all.
    static func upperFoldedASCIIString(_ s: String, dropBlanks: Bool) -> String? {
        var s = s
        return s.withUTF8 { src -> String? in
            var foreign = false
            let out = String(unsafeUninitializedCapacity: src.count) { buf in
                let n = foldASCII(src, into: buf, dropBlanks: dropBlanks)
                foreign = n == nil
                return n ?? 0
            }
            return foreign ? nil : out
        }
    }

    /// The fold of `upperFoldedASCII` written into `buf` (at least as long
    /// as `src`): the count written, or nil at the first byte that is
    /// neither ASCII nor `Đ`/`đ`.
    @inline(__always)
    static func foldASCII(_ src: UnsafeBufferPointer<UInt8>, into buf: UnsafeMutableBufferPointer<UInt8>, dropBlanks: Bool) -> Int? {
        var n = 0, i = 0
        while i < src.count {
            let c = src[i]
            if c < 0x80 {
                i += 1
                if dropBlanks && (c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09) { continue }
                buf[n] = c >= 0x61 && c <= 0x7A ? c - 0x20 : c
                n += 1
            } else if c == 0xC4, i + 1 < src.count, src[i + 1] == 0x90 || src[i + 1] == 0x91 {
                buf[n] = 0x44
                n += 1
                i += 2
            } else {
                return nil
            }
        }
        return n
    }

    /// `hasYear` on the bytes of a number.
    static func hasYear(bytes b: UnsafeBufferPointer<UInt8>) -> Bool {
        // The parts between slashes, empty ones left out (as `split` does).
        // Decided as soon as a third part opens (the second is then
        // complete) or the second is no year: the rest is not read.
        var part = 0, start = -1, secondLength = 0
        var i = 0
        while i < b.count {
            let c = b[i]
            if c == 0x2F {
                if start >= 0 { part += 1; start = -1 }
                i += 1
                continue
            }
            if start < 0 {
                if part == 2 { return secondLength == 4 }
                start = i
            }
            if part == 1 {
                secondLength += 1
                if !(c >= 0x30 && c <= 0x39) || secondLength > 4 { return false }
            }
            i += 1
        }
        if start >= 0 { part += 1 }
        return part >= 3 && secondLength == 4
    }

    /// Whether a number carries its year (`30/2020/NĐ-CP`, `64/2025/QH15`).
    static func hasYear(_ compact: String) -> Bool {
        let parts = compact.split(separator: "/")
        return parts.count >= 3 && parts[1].count == 4 && parts[1].allSatisfy(\.isNumber)
    }

    public var count: Int { entries.count }

    /// The entry of a number; a number without a year needs the year of
    /// its date (nil when not given: ambiguous).
    public func entry(number: String, year: Int? = nil) -> CatalogEntry? {
        let (k, usable) = Self.lookupKey(number, year: year)
        guard usable else { return nil }
        return index[k].map { entries[$0] }
    }
    /// (The text as written: `lookupKey` drops blanks itself, so the key is
    /// that of `n.normalized` without making that string.)
    public func entry(for n: DocumentNumber, year: Int? = nil) -> CatalogEntry? { entry(number: n.text, year: year) }
    /// `entry(number:year:)` of a number whose fold is `k` (`lookupKey(folded:year:)`).
    func entry(folded k: String, year: Int?) -> CatalogEntry? {
        if allKeysASCII {
            var k = k
            let p = k.withUTF8 { positionFast(folded: $0, year: year) }
            if p >= 0 { return entries[p] }
            if p == -1 { return nil }
        }
        let (key, usable) = Self.lookupKey(folded: k, year: year)
        guard usable else { return nil }
        return index[key].map { entries[$0] }
    }

    /// The position `entry(folded:year:)` finds, on the bytes of an ASCII
    /// `k`, its key (`k`, or `k@year`) written into a buffer on the stack:
    /// -1 when no entry has it or the key is not usable; -2 when `k` is
    /// not ASCII (then the general path answers). (A position, not the
    /// entry: an entry is copied once, by the caller.)
    private func positionFast(folded k: UnsafeBufferPointer<UInt8>, year: Int?) -> Int {
        guard Self.isASCII(k) else { return -2 }
        if Self.hasYear(bytes: k) { return position(bytes: k) ?? -1 }
        guard let year else { return k.contains(0x40) ? position(bytes: k) ?? -1 : -1 }
        // `k + "@" + String(year)` (`String(year)` is at most 20 bytes).
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: k.count + 21) { buf in
            var n = 0
            for c in k { buf[n] = c; n += 1 }
            buf[n] = 0x40; n += 1
            if year >= 0 {
                // The decimal digits, last first, then put in order.
                let first = n
                var v = year
                repeat { buf[n] = UInt8(truncatingIfNeeded: 0x30 + v % 10); n += 1; v /= 10 } while v > 0
                var (x, y) = (first, n - 1)
                while x < y { buf.swapAt(x, y); x += 1; y -= 1 }
            } else {
                for c in String(year).utf8 { buf[n] = c; n += 1 }
            }
            return position(bytes: UnsafeBufferPointer(rebasing: buf[0..<n])) ?? -1
        }
    }

    /// `index[key]` for the ASCII key whose bytes are `key` (while
    /// `allKeysASCII`).
    private func position(bytes key: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !slots.isEmpty else { return nil }
        let h = HashedKey.bytesHash(key)
        let mask = slots.count - 1
        var s = Self.slot(h) & mask
        while true {
            let p = Int(slots[s])
            if p < 0 { return nil }
            if slotHashes[s] == h && indexKeys[p].withUnsafeBufferPointer({ $0.elementsEqual(key) }) { return p }
            s = (s + 1) & mask
        }
    }

    @inline(__always)
    static func slot(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h >> 17) }

    static func isASCII(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        for c in p where c >= 0x80 { return false }
        return true
    }

    /// Enters position `p`, keyed `key`, in `slots` (grown to keep them
    /// at most half full).
    private mutating func enter(_ key: [UInt8], at p: Int) {
        indexKeys.append(key)
        if 2 * indexKeys.count > slots.count {
            let size = max(64, slots.count * 2)
            slots = [Int32](repeating: -1, count: size)
            slotHashes = [UInt64](repeating: 0, count: size)
            for (q, k) in indexKeys.enumerated() { place(k, q) }
        } else {
            place(key, p)
        }
    }

    private mutating func place(_ key: [UInt8], _ p: Int) {
        let h = key.withUnsafeBufferPointer { HashedKey.bytesHash($0) }
        let mask = slots.count - 1
        var s = Self.slot(h) & mask
        while slots[s] >= 0 { s = (s + 1) & mask }
        slots[s] = Int32(p)
        slotHashes[s] = h
    }

    /// Adds or replaces (whole entry) by number.
    public mutating func add(_ e: CatalogEntry) {
        let key = e.key
        if let i = index[key] { entries[i] = e; return }
        index[key] = entries.count
        let bytes = Array(key.utf8)
        if allKeysASCII && !bytes.withUnsafeBufferPointer({ Self.isASCII($0) }) { allKeysASCII = false }
        // (Positions are entered in order: `indexKeys[p]` is position p's key.)
        enter(bytes, at: entries.count)
        entries.append(e)
    }

    /// This catalog extended by `other`: facts of `other` win; facts it
    /// lacks are kept from this one.
    public func merging(_ other: DocumentCatalog) -> DocumentCatalog {
        var out = self
        for o in other.entries {
            guard let i = out.index[o.key] else { out.add(o); continue }
            var e = out.entries[i]
            e.number = o.number
            if let k = o.kind { e.kind = k; e.sources["type"] = o.source(of: "type") }
            if let d = o.date { e.date = d; e.sources["date"] = o.source(of: "date") }
            if let s = o.issuer { e.issuer = s; e.sources["issuer"] = o.source(of: "issuer") }
            if let t = o.title { e.title = t; e.sources["title"] = o.source(of: "title") }
            if o.status != .unknown { e.status = o.status; e.sources["status"] = o.source(of: "status") }
            if !o.replacedBy.isEmpty { e.replacedBy = o.replacedBy }
            if let u = o.until { e.until = u }
            out.entries[i] = e
        }
        return out
    }

    // MARK: JSON

    public static func parse(_ bytes: [UInt8]) throws(CatalogError) -> DocumentCatalog {
        let v: JSONValue
        do { v = try JSONParser.parse(bytes) } catch { throw CatalogError(message: "catalog: \(error)") }
        guard let docs = v["documents"]?.arrayValue else { throw CatalogError(message: "catalog: missing \"documents\" array") }
        var out = DocumentCatalog()
        for (i, d) in docs.enumerated() {
            guard let num = d["number"]?.stringValue, !num.isEmpty else { throw CatalogError(message: "catalog: documents[\(i)] has no \"number\"") }
            var e = CatalogEntry(number: num)
            if let t = d["type"]?.stringValue {
                guard let k = DocumentKind(rawValue: t) else { throw CatalogError(message: "catalog: documents[\(i)] unknown type \"\(t)\"") }
                e.kind = k
            }
            if let s = d["date"]?.stringValue {
                guard let dt = parseDate(s) else { throw CatalogError(message: "catalog: documents[\(i)] bad date \"\(s)\" (YYYY-MM-DD)") }
                e.date = dt
            }
            if let s = d["until"]?.stringValue {
                guard let dt = parseDate(s) else { throw CatalogError(message: "catalog: documents[\(i)] bad until \"\(s)\" (YYYY-MM-DD)") }
                e.until = dt
            }
            e.issuer = d["issuer"]?.stringValue
            e.title = d["title"]?.stringValue
            if let s = d["status"]?.stringValue {
                guard let st = CatalogEntry.Status(rawValue: s) else { throw CatalogError(message: "catalog: documents[\(i)] unknown status \"\(s)\"") }
                e.status = st
            }
            e.replacedBy = d["replacedBy"]?.arrayValue?.compactMap { $0.stringValue } ?? []
            if let src = d["sources"]?.objectValue {
                for (k, val) in src { if let s = val.stringValue { e.sources[k] = s } }
            }
            if let s = d["source"]?.stringValue { e.sources["*"] = s }
            out.add(e)
        }
        return out
    }

    /// `YYYY-MM-DD`
    public static func parseDate(_ s: String) -> SimpleDate? {
        // Fast path: exactly `DDDD-DD-DD` in ASCII digits (every date of
        // the built-in catalog), on bytes; the split below costs ~7,000
        // instructions a date (Character by Character).
        if let d = s.utf8.withContiguousStorageIfAvailable({ plainDate($0) }) ?? nil { return d }
        let p = s.split(separator: "-")
        guard p.count == 3, p[0].count == 4, let y = Int(p[0]), let m = Int(p[1]), let d = Int(p[2]) else { return nil }
        return SimpleDate(year: y, month: m, day: d)
    }

    /// `parseDate` of exactly ten bytes `DDDD-DD-DD` (ASCII digits); nil
    /// for anything else.
    static func plainDate(_ b: UnsafeBufferPointer<UInt8>) -> SimpleDate? {
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        func number(_ r: Range<Int>) -> Int? {
            var v = 0
            for k in r {
                guard b[k] >= 0x30 && b[k] <= 0x39 else { return nil }
                v = v * 10 + Int(b[k] - 0x30)
            }
            return v
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        return SimpleDate(year: y, month: m, day: d)
    }

    /// The catalog as JSON text (one document per line, stable order).
    public func json() -> String {
        var out = "{\"version\": 1, \"documents\": [\n"
        for (i, e) in entries.enumerated() {
            var w = JSONWriter()
            w.beginObject()
            w.key("number"); w.string(e.number)
            if let k = e.kind { w.key("type"); w.string(k.rawValue) }
            if let d = e.date { w.key("date"); w.string(d.description) }
            if let s = e.issuer { w.key("issuer"); w.string(s) }
            if let t = e.title { w.key("title"); w.string(t) }
            if e.status != .unknown { w.key("status"); w.string(e.status.rawValue) }
            if !e.replacedBy.isEmpty { w.key("replacedBy"); w.beginArray(); for r in e.replacedBy { w.string(r) }; w.endArray() }
            if let u = e.until { w.key("until"); w.string(u.description) }
            if !e.sources.isEmpty {
                w.key("sources"); w.beginObject()
                for k in e.sources.keys.sorted() { w.key(k); w.string(e.sources[k]!) }
                w.endObject()
            }
            w.endObject()
            out += "  " + String(decoding: w.bytes, as: UTF8.self) + (i + 1 < entries.count ? ",\n" : "\n")
        }
        return out + "]}\n"
    }
}
