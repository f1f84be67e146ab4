import VanBan

/// Builds a catalog from issued documents: each states its own number, type,
/// date, issuer and title in its header. Two documents that give one number
/// different facts are reported as a conflict, not merged silently.
public enum CatalogBuilder {
    public struct Conflict: Sendable, CustomStringConvertible {
        public var number: String
        public var fact: String
        public var first: (source: String, value: String)
        public var second: (source: String, value: String)
        public var description: String {
            "\(number): \(fact) \"\(first.value)\" (\(first.source)) ≠ \"\(second.value)\" (\(second.source))"
        }
    }

    public struct Result: Sendable {
        public var catalog: DocumentCatalog
        public var conflicts: [Conflict]
        /// Inputs not added, with the reason.
        public var skipped: [(source: String, reason: String)]
    }

    /// One catalog entry from a document's header, or why none.
    public static func entry(for doc: Document, source: String) -> (entry: CatalogEntry?, reason: String) {
        guard doc.isDocument else { return (nil, "not an official document") }
        guard let nf = doc.header.number else { return (nil, "no number") }
        let n = nf.number
        guard !n.sequence.isEmpty, n.sequence.allSatisfy(\.isNumber), !n.isPartyStyle else { return (nil, "number \(n.normalized) not of the form N/…") }
        guard let date = doc.date else { return (nil, "no valid date") }
        if let y = n.year, y != date.year { return (nil, "year \(y) in the number ≠ date \(date)") }
        var e = CatalogEntry(number: n.normalized)
        let src = source + " (header)"
        e.sources["number"] = src
        e.date = date
        e.sources["date"] = src
        if doc.kind != .unknown {
            // Only a kind the number agrees with (OCR can garble either).
            if let code = n.typeCode, let k = DocumentTypes.kindByCode[code], k != doc.kind { return (nil, "type \(doc.kind.rawValue) ≠ code \(code)") }
            e.kind = doc.kind
            e.sources["type"] = src
        }
        if let code = n.issuerCode, let iss = Issuers.entry(code: code), !iss.name.isEmpty {
            let written = doc.header.agencyLines.last?.text ?? ""
            // A local body: keep the name as the header writes it when it agrees.
            if (code == "UBND" || code == "HĐND"), Issuers.names(written, iss), isCleanName(written) {
                e.issuer = written
            } else {
                e.issuer = iss.name
            }
            e.sources["issuer"] = src
        }
        if let t = doc.title?.subject?.text {
            let title = cleanTitle(t.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " "))
            if !title.isEmpty && title.unicodeScalars.count < 400 {
                e.title = title
                e.sources["title"] = src
            }
        }
        return (e, "")
    }

    /// Authority lines that the title block can run into (`… BỘ TRƯỞNG BỘ
    /// TƯ PHÁP`, `… CHÍNH PHỦ`), and a căn cứ line.
    static let authorityMarkers = ["BỘ TRƯỞNG", "CHỦ TỊCH", "TỔNG CỤC TRƯỞNG", "THỦ TƯỚNG", "GIÁM ĐỐC", "CỤC TRƯỞNG", "ỦY BAN NHÂN DÂN",
                                   "UỶ BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "CHÍNH PHỦ", "THỐNG ĐỐC", "TỔNG KIỂM TOÁN", "VIỆN TRƯỞNG", "CHÁNH ÁN"]

    /// The title without a trailing authority line or căn cứ.
    static func cleanTitle(_ t: String) -> String {
        var words = t.split(separator: " ").map(String.init)
        if let c = words.indices.first(where: { $0 > 0 && words[$0] == "Căn" && $0 + 1 < words.count && words[$0 + 1] == "cứ" }) { words = Array(words[..<c]) }
        // Cut at the earliest authority marker whose tail is all upper case and short.
        var cut = words.count
        for i in stride(from: words.count - 1, through: 1, by: -1) {
            let tail = words[i...].joined(separator: " ")
            guard tail.unicodeScalars.count <= 70, tail.unicodeScalars.allSatisfy({ !$0.properties.isLowercase }) else { break }
            if authorityMarkers.contains(where: { tail.hasPrefix($0) }) { cut = i }
        }
        return words[..<cut].joined(separator: " ")
    }

    static func isCleanName(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == " " || $0 == "-" }
    }

    /// Builds a catalog from named texts (`source` is how facts cite them).
    /// `kinds`: keep only these kinds (nil: all).
    public static func build(_ inputs: [(source: String, text: SourceText)], kinds: Set<DocumentKind>? = nil) -> Result {
        var cat = DocumentCatalog()
        var conflicts: [Conflict] = []
        var skipped: [(source: String, reason: String)] = []
        for (name, text) in inputs {
            let doc = Parser.parse(text)
            if let ks = kinds, !ks.contains(doc.kind) { skipped.append((name, "kind \(doc.kind.rawValue)")); continue }
            let (entry, reason) = entry(for: doc, source: name)
            guard let e = entry else { skipped.append((name, "\(doc.kind.rawValue): " + reason)); continue }
            if let old = cat.entry(number: e.number, year: e.date?.year) {
                var clash = false
                func check(_ fact: String, _ a: String?, _ b: String?) {
                    guard let a, let b, Issuers.fold(a) != Issuers.fold(b) else { return }
                    clash = true
                    conflicts.append(Conflict(number: e.number, fact: fact, first: (old.source(of: fact) ?? "?", a), second: (e.source(of: fact) ?? name, b)))
                }
                check("date", old.date?.description, e.date?.description)
                check("type", old.kind?.rawValue, e.kind?.rawValue)
                check("issuer", old.issuer, e.issuer)
                // Same facts: the first source stands; a clash keeps the first entry and is reported.
                _ = clash
                continue
            }
            cat.add(e)
        }
        return Result(catalog: cat, conflicts: conflicts, skipped: skipped)
    }

    /// A Swift source file that holds the catalog as a raw string literal
    /// (how the built-in catalog ships: no resources, no Foundation).
    public static func swiftSource(_ catalog: DocumentCatalog, typeName: String, generatedBy command: String) -> String {
        """
        // Generated by `\(command)`. Do not edit by hand: run the command again.
        /// Documents of the real corpus, each as its own header states it.
        enum \(typeName) {
            static let json = ##\"\"\"
        \(catalog.json())\"\"\"##
        }

        """
    }
}
