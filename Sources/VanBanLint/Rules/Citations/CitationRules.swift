/// The rules of this group, listed once here (the registry joins the groups).
enum CitationRules {
    static let all: [any Rule.Type] = [
        CitationNumberFormat.self, CitationTypeCode.self, CitationIssuerCode.self, CitationYearMismatch.self,
        CitationInvalidDate.self, CitationDateAfterDocument.self, CitationFirstIncomplete.self, CitationRepeatedFull.self,
        CitationConflict.self, CitationUnitOrder.self, CitationUnitComma.self, CitationUnitCase.self,
        CitationTypeNameCase.self, InternalReferenceDangling.self, CitationCatalogMismatch.self, CitationSuperseded.self,
    ]
}
