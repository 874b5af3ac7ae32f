export {
  DEFAULT_LANGUAGE,
  defineMessages,
  formatMessage,
  interpolate,
  renderMessage,
  type Language,
  type MessageTemplate,
  type MessageValues,
  type Text,
} from "./message.js";
export { TepatSasaranError, type Issue, type IssuePath, type SafeResult } from "./error.js";
