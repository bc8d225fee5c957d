package dev.toolspend.catalog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Each normalisation step, on the kind of text card statements really carry. */
class DescriptorNormaliserTest {

    private final DescriptorNormaliser normaliser = new DescriptorNormaliser();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Adobe Inc. - Creative Cloud        | adobe creative cloud
            Zoé Létourneau                     | zoe letourneau
            PAYPAL *ATLASSIAN 855-6            | atlassian
            PP*NOTION                          | notion
            SQ *CAFE OLIMPICO                  | cafe olimpico
            FS *SKETCH                         | sketch
            GOOGLE *GSUITE_atelierb            | google gsuite
            GOOGLE *GSUITE_BOULANGERIE         | google gsuite
            APPLE.COM/BILL 866-712-7753 ON     | apple com bill
            MICROSOFT CANADA INC MISSISSAUGA ON | microsoft canada
            ZOOM.US 888-799-9666               | zoom
            SLACK T03ABC12*PRO                 | slack pro
            MSFT *E0400ABCD                    | msft
            AIR CANADA 0142345678              | air canada
            STARBUCKS #1234 MONTREAL QC        | starbucks
            BUREAU EN GROS #2041               | bureau en gros
            NOTION LABS INC                    | notion labs
            DOCUSIGN INC                       | docusign
            Purolator Ltée                     | purolator
            FIGMA SAN FRANCISCO CA             | figma
            https://www.canva.com              | canva com
            +1 (415) 555-0100 LUMEN ANALYTICS  | lumen analytics
            PROTON AG                          | proton ag
            MISTRAL AI SAS                     | mistral ai
            ATLASSIAN PTY LTD SYDNE            | atlassian
            FS *SKETCH B.V. FASTSPRING.COM CA  | sketch
            DRI*AVAST SOFTWARE DRI.AVAST.COM MN | avast software
            PADDLE.NET* TABLEPLUS PADDLE.COM GB | tableplus
            SLACK T02K7HXQ9PV  DUBLIN 2 IRL    | slack
            AFTERSHIP LTD HONG KONG            | aftership
            JANE SOFTWARE INC  NORTH VANCOUVE BC | jane software
            """)
    void normalises(String raw, String expected) {
        assertThat(normaliser.normalise(raw)).isEqualTo(expected);
    }

    @Test
    void companyFormsWrittenWithDotsAndCountryCodesAreNoName() {
        assertThat(normaliser.normalise("Surfer sp. z o.o.")).isEqualTo("surfer");
        assertThat(normaliser.normalise("ZUCCHETTI S.P.A.")).isEqualTo("zucchetti");
        assertThat(normaliser.normalise("EASYBROKER S.A. DE C.V.")).isEqualTo("easybroker");
        assertThat(normaliser.normalise("RD STATION LTDA")).isEqualTo("rd station");
        assertThat(normaliser.normalise("MRPEASY TALLINN EST")).isEqualTo("mrpeasy");
        // without dots the letters are a word: a spa is a business
        assertThat(normaliser.normalise("ZEN SPA MONTREAL QC")).isEqualTo("zen spa");
    }

    @Test
    void ligaturesAreWrittenOut() {
        assertThat(normaliser.normalise("Windows Server - 16 cœurs")).isEqualTo("windows server 16 coeurs");
        assertThat(DescriptorNormaliser.words("MAIN-D'ŒUVRE ÆON")).containsExactly("main", "d", "oeuvre", "aeon");
    }

    @Test
    void aCityTheNormaliserDoesNotKnowGoesBeforeItsRegion() {
        assertThat(normaliser.withoutUnknownCity("BUILDERTREND OMAHA NE")).containsExactly("buildertrend");
        assertThat(normaliser.withoutUnknownCity("PROTON AG LANCY CH")).containsExactly("proton", "ag");
        assertThat(normaliser.withoutUnknownCity("JANE SOFTWARE INC NORTH VANCOUV BC")).containsExactly("jane", "software");
        assertThat(normaliser.withoutUnknownCity("BOX BURGER OMAHA NE")).containsExactly("box", "burger");
    }

    @Test
    void aCompanyWordGluedToACatalogWordGoes() {
        DescriptorNormaliser withCatalog = new DescriptorNormaliser(Set.of("zoho", "freepik"));
        assertThat(withCatalog.normalise("PAYPAL *ZOHOCORP 4029357733")).isEqualTo("zoho");
        assertThat(withCatalog.normalise("PAYPAL *FREEPIKCOMP")).isEqualTo("freepik");
        assertThat(withCatalog.normalise("BIGCORP SUPPLY")).isEqualTo("bigcorp supply");
    }

    @Test
    void keepsTheLastWordEvenIfItLooksLikeAPlace() {
        assertThat(normaliser.normalise("CA")).isEqualTo("ca");
        assertThat(normaliser.normalise("AIR CANADA")).isEqualTo("air canada");
    }

    @Test
    void shortNumbersAndProductNumbersSurvive() {
        assertThat(normaliser.normalise("Microsoft 365")).isEqualTo("microsoft 365");
        assertThat(normaliser.normalise("1Password")).isEqualTo("1password");
        assertThat(normaliser.normalise("M365 E3")).isEqualTo("m365 e3");
    }

    @Test
    void referenceCodesGoUnlessTheCatalogKnowsTheWord() {
        assertThat(DescriptorNormaliser.isReferenceCode("t03abc12")).isTrue();
        assertThat(DescriptorNormaliser.isReferenceCode("0142345678")).isTrue();
        assertThat(DescriptorNormaliser.isReferenceCode("365")).isFalse();
        assertThat(normaliser.normalise("360LEARNING INC")).isEmpty();
        assertThat(new DescriptorNormaliser(Set.of("360learning")).normalise("360LEARNING INC")).isEqualTo("360learning");
    }

    @Test
    void blankIsEmpty() {
        assertThat(normaliser.tokens(null)).isEmpty();
        assertThat(normaliser.tokens("  ")).isEmpty();
    }
}
