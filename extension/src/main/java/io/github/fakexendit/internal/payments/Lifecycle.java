package io.github.fakexendit.internal.payments;

import io.github.fakexendit.PaymentRequestStatus;
import io.github.fakexendit.PaymentStatus;
import io.github.fakexendit.PaymentTokenStatus;
import io.github.fakexendit.internal.platform.ApiException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The state machines of payment requests, payments and tokens as tables: from a status, a move leads to one
 * status or is not allowed. A status that allows no move is terminal and never changes.
 *
 * @param <S> the status type
 */
public final class Lifecycle<S extends Enum<S>> {

    public static final Lifecycle<PaymentStatus> PAYMENT = new Lifecycle<PaymentStatus>("Payment")
            .on(PaymentStatus.AUTHORIZED, Move.CAPTURE, PaymentStatus.SUCCEEDED)
            .on(PaymentStatus.AUTHORIZED, Move.VOID, PaymentStatus.CANCELED)
            .on(PaymentStatus.AUTHORIZED, Move.LAPSE, PaymentStatus.EXPIRED);

    /** An authorised request follows its payment (a choice: Xendit documents only the payment's moves). */
    public static final Lifecycle<PaymentRequestStatus> PAYMENT_REQUEST =
            new Lifecycle<PaymentRequestStatus>("Payment request")
                    .on(PaymentRequestStatus.REQUIRES_ACTION, Move.SUCCEED, PaymentRequestStatus.SUCCEEDED)
                    .on(PaymentRequestStatus.REQUIRES_ACTION, Move.AUTHORIZE, PaymentRequestStatus.AUTHORIZED)
                    .on(PaymentRequestStatus.REQUIRES_ACTION, Move.FAIL, PaymentRequestStatus.FAILED)
                    .on(PaymentRequestStatus.REQUIRES_ACTION, Move.CANCEL, PaymentRequestStatus.CANCELED)
                    .on(PaymentRequestStatus.REQUIRES_ACTION, Move.EXPIRE, PaymentRequestStatus.EXPIRED)
                    .on(PaymentRequestStatus.ACCEPTING_PAYMENTS, Move.CANCEL, PaymentRequestStatus.CANCELED)
                    .on(PaymentRequestStatus.ACCEPTING_PAYMENTS, Move.EXPIRE, PaymentRequestStatus.EXPIRED)
                    .on(PaymentRequestStatus.AUTHORIZED, Move.CAPTURE, PaymentRequestStatus.SUCCEEDED)
                    .on(PaymentRequestStatus.AUTHORIZED, Move.VOID, PaymentRequestStatus.CANCELED)
                    .on(PaymentRequestStatus.AUTHORIZED, Move.LAPSE, PaymentRequestStatus.EXPIRED);

    public static final Lifecycle<PaymentTokenStatus> PAYMENT_TOKEN =
            new Lifecycle<PaymentTokenStatus>("Payment token")
                    .on(PaymentTokenStatus.REQUIRES_ACTION, Move.ACTIVATE, PaymentTokenStatus.ACTIVE)
                    .on(PaymentTokenStatus.REQUIRES_ACTION, Move.FAIL, PaymentTokenStatus.FAILED)
                    .on(PaymentTokenStatus.ACTIVE, Move.CANCEL, PaymentTokenStatus.CANCELED)
                    .on(PaymentTokenStatus.ACTIVE, Move.EXPIRE, PaymentTokenStatus.EXPIRED);

    private final String object;
    private final Map<S, Map<Move, S>> table;

    private Lifecycle(String object) {
        this.object = object;
        this.table = new LinkedHashMap<>(); // in the order of the rows, which messages follow
    }

    private Lifecycle<S> on(S from, Move move, S to) {
        table.computeIfAbsent(from, f -> new EnumMap<>(Move.class)).put(move, to);
        return this;
    }

    /** What the object is called in messages, e.g. {@code Payment request}. */
    public String object() {
        return object;
    }

    /** Where {@code move} leads from {@code from}; empty if it is not allowed there. */
    public Optional<S> after(S from, Move move) {
        return Optional.ofNullable(table.getOrDefault(from, Map.of()).get(move));
    }

    /** Whether {@code status} never changes. */
    public boolean isTerminal(S status) {
        return !table.containsKey(status);
    }

    /** The statuses {@code move} is allowed from, in the order of the table's rows. */
    public List<S> allowing(Move move) {
        List<S> from = new ArrayList<>();
        table.forEach((status, moves) -> {
            if (moves.containsKey(move)) {
                from.add(status);
            }
        });
        return from;
    }

    /**
     * The status after {@code move}.
     *
     * @throws ApiException {@code INELIGIBLE_TRANSACTION_STATUS}, worded {@code Payment status is SUCCEEDED,
     *                         expecting AUTHORIZED}, if the move is not allowed from {@code from}
     */
    public S require(S from, Move move) {
        return after(from, move).orElseThrow(() -> PaymentError.INELIGIBLE_TRANSACTION_STATUS.refusal(
                "object", object, "status", from.name(), "expected", expected(move)));
    }

    /** The statuses {@code move} is allowed from, as a message names them: {@code A or B}. */
    public String expected(Move move) {
        return allowing(move).stream().map(Enum::name).collect(Collectors.joining(" or "));
    }
}
