/// Documents whose facts `../shared/reference/rules.md` states (and the two
/// seed documents), as catalog JSON (see `DocumentCatalog`). Hand-written;
/// the generated `CatalogCorpus` adds what the corpus documents state about
/// themselves. Facts rules.md does not give (e.g. the date of NĐ 110/2004)
/// are left out rather than guessed.
enum CatalogSeed {
    static let json = ##"""
{"version": 1, "documents": [
  {"number": "30/2020/NĐ-CP", "type": "nghi-dinh", "date": "2020-03-05", "issuer": "Chính phủ", "title": "về công tác văn thư", "status": "in-force", "sources": {"*": "rules.md S1 (NĐ 30/2020 text), R-01"}},
  {"number": "110/2004/NĐ-CP", "type": "nghi-dinh", "issuer": "Chính phủ", "title": "về công tác văn thư", "status": "replaced", "replacedBy": ["30/2020/NĐ-CP"], "until": "2020-03-04", "sources": {"*": "rules.md R-01 (NĐ 30/2020 Điều 37)"}},
  {"number": "09/2010/NĐ-CP", "type": "nghi-dinh", "issuer": "Chính phủ", "status": "replaced", "replacedBy": ["30/2020/NĐ-CP"], "until": "2020-03-04", "sources": {"*": "rules.md R-01 (NĐ 30/2020 Điều 37)"}},
  {"number": "01/2011/TT-BNV", "type": "thong-tu", "date": "2011-01-19", "issuer": "Bộ Nội vụ", "title": "hướng dẫn thể thức và kỹ thuật trình bày văn bản hành chính", "status": "replaced", "replacedBy": ["30/2020/NĐ-CP"], "until": "2020-03-04", "sources": {"*": "rules.md R-01, S7 (signed 19/01/2011; NĐ 30/2020 governs from 05/3/2020)"}},
  {"number": "55/2005/TTLT-BNV-VPCP", "type": "thong-tu-lien-tich", "issuer": "Bộ Nội vụ và Văn phòng Chính phủ", "status": "replaced", "replacedBy": ["01/2011/TT-BNV"], "until": "2011-03-04", "sources": {"*": "rules.md R-01, S17 (low confidence)"}},
  {"number": "64/2007/NĐ-CP", "type": "nghi-dinh", "date": "2007-04-10", "issuer": "Chính phủ", "title": "về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước", "sources": {"*": "seeds 000 and 002 (both cite it in full), rules.md §12"}},
  {"number": "80/2015/QH13", "type": "luat", "issuer": "Quốc hội", "title": "Luật Ban hành văn bản quy phạm pháp luật", "status": "replaced", "replacedBy": ["64/2025/QH15"], "until": "2025-03-31", "sources": {"*": "rules.md R-01, S8"}},
  {"number": "64/2025/QH15", "type": "luat", "date": "2025-02-19", "issuer": "Quốc hội", "title": "Luật Ban hành văn bản quy phạm pháp luật", "status": "in-force", "sources": {"*": "rules.md S14, R-55"}},
  {"number": "34/2016/NĐ-CP", "type": "nghi-dinh", "issuer": "Chính phủ", "status": "replaced", "replacedBy": ["78/2025/NĐ-CP"], "until": "2025-03-31", "sources": {"*": "rules.md R-01, S9, S10"}},
  {"number": "154/2020/NĐ-CP", "type": "nghi-dinh", "issuer": "Chính phủ", "sources": {"*": "rules.md S10"}},
  {"number": "78/2025/NĐ-CP", "type": "nghi-dinh", "issuer": "Chính phủ", "status": "in-force", "sources": {"*": "rules.md R-01, S15"}},
  {"number": "187/2025/NĐ-CP", "type": "nghi-dinh", "issuer": "Chính phủ", "sources": {"*": "rules.md S15 (date disputed, left out)"}},
  {"number": "351/2017/UBTVQH14", "type": "nghi-quyet", "issuer": "Ủy ban Thường vụ Quốc hội", "sources": {"*": "rules.md S13, R-53"}}
]}
"""##
}
