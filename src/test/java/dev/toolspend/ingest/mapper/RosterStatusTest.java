package dev.toolspend.ingest.mapper;

import dev.toolspend.ingest.value.ValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Employment statuses as HR systems of Québec and elsewhere write them, in French and English. */
class RosterStatusTest {

    @ParameterizedTest(name = "{0} → left: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Terminé·e             | true
            terminée              | true
            Congédié              | true
            congédiée             | true
            Démission·naire       | true
            Démission             | true
            Fin d'emploi          | true
            Parti·e               | true
            parti(e)              | true
            Mis à pied            | true
            Mise à pied           | true
            Retraité              | true
            À la retraite         | true
            Licencié              | true
            Cessation d'emploi    | true
            Ancien employé        | true
            Terminated            | true
            Resigned              | true
            Laid off              | true
            Retired               | true
            Inactive              | true
            Former employee       | true
            En congé              | false
            Congé parental        | false
            Congé de maladie      | false
            Actif                 | false
            active                | false
            En poste              | false
            Temps partiel         | false
            Contractuel           | false
            Nouvel employé        | false
            On leave              | false
            Leave of absence      | false
            Employed              | false
            Probation             | false
            """)
    void readsEveryStatusWord(String status, boolean left) throws ValueException {
        assertThat(RosterMapper.left(status)).isEqualTo(left);
    }

    @ParameterizedTest
    @ValueSource(strings = {"peut-être", "TBD", "voir RH"})
    void anUnknownStatusIsRejectedNotGuessed(String status) {
        assertThatThrownBy(() -> RosterMapper.left(status)).isInstanceOf(ValueException.class);
    }
}
