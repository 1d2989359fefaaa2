import { graphql } from '../../../gql';

export const AddPrivateTalkingPointMutation = graphql(`
  mutation AddPrivateTalkingPoint($input: AddTalkingPointInput!) {
    addTalkingPoint(input: $input) {
      talkingPoint {
        id
      }
      errors {
        message
      }
    }
  }
`);

export const UpdatePrivateTalkingPointMutation = graphql(`
  mutation UpdatePrivateTalkingPoint($input: UpdateTalkingPointInput!) {
    updateTalkingPoint(input: $input) {
      talkingPoint {
        id
      }
      errors {
        message
      }
    }
  }
`);

export const RemovePrivateTalkingPointMutation = graphql(`
  mutation RemovePrivateTalkingPoint($input: TalkingPointIdInput!) {
    removeTalkingPoint(input: $input) {
      talkingPoint {
        id
      }
      errors {
        message
      }
    }
  }
`);

export const ShareTalkingPointMutation = graphql(`
  mutation ShareTalkingPoint($input: TalkingPointIdInput!) {
    shareTalkingPoint(input: $input) {
      talkingPoint {
        id
        private
      }
      errors {
        message
      }
    }
  }
`);

/** The talking points' global IDs by document key (to place a new private one after one of them). */
export const TalkingPointKeysQuery = graphql(`
  query TalkingPointKeys($id: ID!) {
    node(id: $id) {
      __typename
      ... on Meeting {
        id
        talkingPoints {
          id
          key
        }
      }
    }
  }
`);
