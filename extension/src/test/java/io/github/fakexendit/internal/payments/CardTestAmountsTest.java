package io.github.fakexendit.internal.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardTestAmountsTest {

    @ParameterizedTest
    @CsvSource({
            "IDR, 10051, EXPIRED_CARD",
            "PHP, 10052, SUSPECTED_FRAUDULENT",
            "IDR, 10053, DECLINED_BY_PROCESSOR",
            "IDR, 10054, INSUFFICIENT_BALANCE",
            "THB, 10054.00, INSUFFICIENT_BALANCE",
            "MYR, 10055, STOLEN_CARD",
            "SGD, 10056, INACTIVE_OR_UNAUTHORIZED_CARD",
            "IDR, 10057, PROCESSOR_ERROR",
            "IDR, 10058, INVALID_CVV",
            "USD, 10059, DECLINED_BY_ISSUER",
            "VND, 405400, EXPIRED_CARD",
            "VND, 405900, SUSPECTED_FRAUDULENT",
            "VND, 405100, INSUFFICIENT_BALANCE",
            "VND, 400700, STOLEN_CARD",
            "VND, 405500, INACTIVE_OR_UNAUTHORIZED_CARD",
            "VND, 402500, PROCESSOR_ERROR",
            "VND, 403900, INVALID_CVV",
            "VND, 400300, DECLINED_BY_ISSUER"})
    void aTestAmountFailsWithItsCode(String currency, String amount, String code) {
        assertThat(CardTestAmounts.failureCode(currency, new BigDecimal(amount))).contains(code);
    }

    @ParameterizedTest
    @CsvSource({"IDR, 10050", "IDR, 10060", "PHP, 10054.5", "IDR, 100540", "VND, 10054", "IDR, 405100", "IDR, 1E+4"})
    void otherAmountsSucceed(String currency, String amount) {
        assertThat(CardTestAmounts.failureCode(currency, new BigDecimal(amount))).isEmpty();
    }
}
