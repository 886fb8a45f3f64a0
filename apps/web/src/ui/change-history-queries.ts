import { graphql } from '../gql';

// A history value as the API gives it (codes and parameters); <ChangeHistory> words it with formatChangeValue.
export const changeValueFragment = graphql(`
  fragment ChangeValueFields on ChangeValue {
    kind
    text
    list
    codes
    entries {
      message
      params {
        name
        text
        list
        code
        number
      }
    }
  }
`);
