package jp.junction.bot.notices;

import java.time.OffsetDateTime;

/**
 * Where a notice stands, as its {@link NoticeState} and counts only (never a user id); recipients
 * are counted when it falls due; {@code skipped} are people who stopped or left before their batch
 * went out, {@code withdrawn} those a cancellation reached first. {@code kind} is {@code notice},
 * or {@code survey} for the day-after question.
 */
public record NoticeStatus(
    String id,
    String eventId,
    NoticeState status,
    long recipients,
    long delivered,
    long failed,
    long skipped,
    long withdrawn,
    OffsetDateTime sendAt,
    boolean silent,
    String kind) {}
