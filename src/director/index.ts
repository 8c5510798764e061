export { createFromMedia } from './create.js';
export { direct } from './direct.js';
export { editDistance } from './fuzzy.js';
export {
  ANSWER_TOOL,
  type ChatTool,
  chatCompletionsUrl,
  type LlmPlan,
  llmConfigFromEnv,
  llmTools,
  PlannerError,
  planWithLlm,
  readToolCall,
  systemPrompt,
} from './llm.js';
export { planWithRules, prepare, type RulePlan } from './plan.js';
export { statusReply } from './reply.js';
export type {
  AnswerRoute,
  CreditsInfo,
  DirectOptions,
  DirectorContext,
  DirectorLogger,
  DirectorResult,
  Lang,
  LlmConfig,
  Note,
  Route,
} from './types.js';
