import Testing
@testable import VanBan
@testable import VanBanLint

/// `FieldBytes` answers questions about a field on the markup-free bytes
/// under its range instead of its text. That is exact only because the
/// parser makes those fields from `Document.clean` over their range: this
/// checks it for every field the rules read that way, on every fixture
/// and (when ../shared is present) on every corpus document.
@Suite struct FieldBytesTests {
    static func texts() -> [(String, String)] {
        var out: [(String, String)] = []
        for dir in ["documents", "lint", "citations", "samples", "seeds", "reviewed"] {
            for name in Fixtures.list(Fixtures.root + "/" + dir) where name.hasSuffix(".txt") || name.hasSuffix(".md") {
                if let t = Fixtures.text(dir + "/" + name) { out.append((dir + "/" + name, t)) }
            }
        }
        if let shared = Fixtures.shared {
            let dir = shared + "/corpus/real"
            for name in Fixtures.list(dir) where name.hasSuffix(".txt") || name.hasSuffix(".md") {
                if let b = Fixtures.read(dir + "/" + name) { out.append((name, String(decoding: b, as: UTF8.self))) }
            }
        } else {
            print("FieldBytesTests: ../shared/corpus/real is absent; checked on the fixtures only")
        }
        return out
    }

    @Test func fieldsAreTheirCleanBytes() {
        var checked = 0
        for (name, text) in Self.texts() {
            let doc = Parser.parse(text)
            var fields: [Field] = []
            func walk(_ nodes: [StructureNode]) {
                for n in nodes {
                    fields.append(n.number)
                    if let k = n.keyword { fields.append(k) }
                    if let d = n.delimiter { fields.append(d) }
                    walk(n.children)
                }
            }
            walk(doc.structure)
            for c in doc.citations {
                if let t = c.typeName { fields.append(t) }
                // (The issuer and the unit numbers: compared and looked up by
                // their bytes in VB409 and the citation resolver.)
                if let i = c.issuer { fields.append(i) }
                for u in c.units {
                    fields.append(u.keyword)
                    for k in 0..<u.numberCount { fields.append(u.number(k)) }
                }
            }
            for item in doc.noiNhan?.items ?? [] { if let m = item.marker { fields.append(m) } }
            for f in fields {
                let bytes = String(decoding: doc.clean[f.range.start..<f.range.end], as: UTF8.self)
                #expect(f.text == bytes, "\(name): \(f.range) \(f.text) vs \(bytes)")
            }
            checked += fields.count
        }
        // The fixtures alone hold a few hundred such fields; the corpus, thousands.
        #expect(checked > (Fixtures.shared == nil ? 300 : 5000), "\(checked) fields checked")
    }

    /// `FieldBytes.same` is the equality of the two fields' texts.
    @Test func sameBytesAreEqualTexts() {
        let doc = Parser.parse("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về văn thư; Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về văn thư; Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Thủ tướng Chính phủ về văn thư.")
        let issuers = doc.citations.compactMap(\.issuer)
        #expect(issuers.count == 3)
        for a in issuers {
            for b in issuers { #expect(FieldBytes.same(doc.clean, a.range, b.range) == (a.text == b.text), "\(a.text) \(b.text)") }
        }
        #expect(issuers[0].text == issuers[1].text && issuers[0].range != issuers[1].range && issuers[0].text != issuers[2].text)
    }
}
