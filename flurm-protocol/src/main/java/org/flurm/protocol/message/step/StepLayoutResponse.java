package org.flurm.protocol.message.step;

import org.flurm.protocol.message.MessageBody;

/**
 * RESPONSE_STEP_LAYOUT (5022): the answer to REQUEST_STEP_LAYOUT, where a step's tasks run.
 *
 * @param layout the layout, or null when the step has none
 */
public record StepLayoutResponse(StepLayout layout) implements MessageBody {
}
