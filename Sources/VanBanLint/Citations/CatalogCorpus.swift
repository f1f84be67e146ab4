// Placeholder until generated.
enum CatalogCorpus {
    static let json = ##"""
{"documents": []}
"""##
}
