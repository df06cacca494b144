import Testing
@testable import ArticledDaemon

@Suite struct InboxNamesTests {
    @Test(arguments: [".hidden.txt", "draft.txt~", "a.tmp", "a.part", ".a.swp", "a.swp", "x.crdownload", "A.TMP", ".articled"])
    func hiddenAndTemporaryNamesAreIgnored(_ name: String) {
        #expect(InboxNames.isIgnored(name))
    }

    @Test(arguments: ["story.txt", "story.md", "tmp.txt", "part.html", "a.b.c.htm", "README"])
    func ordinaryNamesAreTaken(_ name: String) {
        #expect(!InboxNames.isIgnored(name))
    }

    @Test func aFileInsideAHiddenFolderIsIgnored() {
        #expect(InboxNames.isIgnored(relativePath: ".drafts/story.txt"))
        #expect(!InboxNames.isIgnored(relativePath: "world/story.txt"))
    }
}
