/// The rules of this group, listed once here (the registry joins the groups).
enum BodyRules {
    static let all: [any Rule.Type] = [
        TrichYeuMissing.self, VvFormat.self, KinhGuiFormat.self, CanCuFormat.self, StructureNumbering.self,
        StructureSequence.self, HeadingsHaveTitles.self, EndMark.self, AppendixNumbering.self,
    ]
}
