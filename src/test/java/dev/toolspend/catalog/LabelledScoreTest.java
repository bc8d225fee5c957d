package dev.toolspend.catalog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How a writer's label becomes the tool id a line expects, on a small catalog. */
class LabelledScoreTest {

    private static final Catalog CATALOG = Catalog.of("""
            id,name_en,name_fr,overlap
            pm,Project management,Gestion de projets,yes
            hr,HR,RH,yes
            legal,Legal,Juridique,no
            uncategorised,Uncategorised,Non classé,no
            """, """
            id,name,vendor,category,aliases,domain
            rise-people,Rise People,Rise People,hr,rise people|rise hr,
            float-resource,Float,Float Technologies,pm,float.com|float resource planning,float.com
            float-cards,Float (spend cards),Float Financial,uncategorised,float financial,floatcard.com
            sift-fraud,Sift (fraud prevention),Sift Science,uncategorised,sift science,sift.com
            sway,Microsoft Sway,Microsoft,pm,microsoft sway,
            teams,Microsoft Teams,Microsoft,pm,microsoft teams,
            unity-pro,Unity (game engine),Unity Technologies,pm,unity pro|unity engine,
            unity-vc,Unity Version Control,Unity Technologies,pm,plastic scm,
            dye-durham,Dye & Durham,Dye and Durham,legal,dye and durham|unity dye & durham,dyedurham.com
            teraview,Teraview,Dye and Durham,legal,teraview,
            caseware,CaseWare,CaseWare International,legal,caseware,
            jane-app,Jane App,Jane Software,hr,jane app|jane.app,jane.app
            """, """
            vendor,aliases
            Microsoft,microsoft
            """);

    @ParameterizedTest(name = "{0} by {1} expects {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # a label a tool carries as its name or an alias
            Float                    | Float Technologies  | float-resource
            Microsoft Teams          | Microsoft           | teams
            # not carried as it is: the vendor column picks the tool, its vendor's words and a bracketed note left out
            Rise                     | Rise People         | rise-people
            Sift                     | Sift                | sift-fraud
            Sway                     | Microsoft           | sway
            Unity                    | Unity Technologies  | unity-pro
            Unity                    | Dye & Durham        | dye-durham
            Jane                     | Jane Software       | jane-app
            # several tools of the vendor would do, or no tool is that vendor's: a label no match can give
            Microsoft                | Microsoft           | ?
            Bartender                | Surtees Studios     | ?
            # vendor labels: the vendor written otherwise, its one product or its vendor-level entry
            vendor:Caseware          | Caseware            | caseware
            vendor:Dye & Durham      | Dye & Durham        | vendor-dye-and-durham
            vendor:Microsoft         | Microsoft           | vendor-microsoft
            none                     |                     |
            """)
    void aLabelNamesTheToolItsVendorColumnPoints(String label, String vendor, String expected) {
        String line = String.join("\t", "ramp", "ANY MERCHANT", "", label, vendor == null ? "" : vendor);
        LabelledScore score = LabelledScore.of(CATALOG, List.of("style\tdescriptor\tdescription\tproduct\tvendor", line));
        assertThat(score.lines().get(0).expected()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} labelled {1} is a miss of kind {3}")
    @CsvSource(delimiter = '|', textBlock = """
            BARTENDER LONDON | Bartender           | Surtees Studios    | PRODUCT_NOT_IN_CATALOG
            TERAVIEW         | vendor:Dye & Durham | Dye & Durham       | VENDOR_LEVEL_OR_PRODUCT
            TERAVIEW         | Dye & Durham        | Dye and Durham     | OTHER_PRODUCT_OF_VENDOR
            CASEWARE         | Float               | Float Technologies | OTHER_VENDOR
            CORNER CAFE      | Float               | Float Technologies | SOFTWARE_GIVEN_NONE
            CASEWARE         | none                |                    | NON_SOFTWARE_GIVEN_TOOL
            """)
    void aMissIsCountedByWhy(String descriptor, String label, String vendor, LabelledScore.MissKind kind) {
        String line = String.join("\t", "rbc", descriptor, "", label, vendor == null ? "" : vendor);
        String right = String.join("\t", "rbc", "CASEWARE", "", "CaseWare", "CaseWare International");
        LabelledScore score = LabelledScore.of(CATALOG, List.of("style\tdescriptor\tdescription\tproduct\tvendor",
                line, right));
        assertThat(score.missesByKind()).containsExactly(java.util.Map.entry(kind, 1));
    }
}
