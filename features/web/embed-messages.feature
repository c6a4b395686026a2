@web
Feature: The customer page and the embedded form talk through the embed messages
  The customer page and CRM's form exchange typed messages (initiative README, Frontend
  item; web PRD §2): the page sends EMBED_INIT with the customer; the form answers with
  TICKET_CREATED, EMBED_CLOSE, TICKET_CREATE_ERROR or EMBED_RESIZE. The payload fields and
  the contract version are provisional (OQ-contract), so they live in the versioned
  contract file the harness validates against; steps name only the message.

  Background:
    Given a customer "Ana Wijaya" with no associated tickets
    And the user may create tickets

  Rule: The form is told which customer the ticket is for, and nobody else is

    @req:TCKT-S02 @depends:OQ-contract
    Scenario: The form receives EMBED_INIT with the customer
      When the user chooses to create a ticket from the customer page
      Then the ticket form receives EMBED_INIT with the customer's id

    @req:WEB-06
    Scenario: A page of another origin in the frame receives no customer context
      Given the ticket form redirects to a page of another origin
      When the user chooses to create a ticket from the customer page
      Then the page of another origin receives no EMBED_INIT

  Rule: A form that cannot sign the user in makes creation unavailable

    # How CRM's form says it cannot sign the user in is not agreed (OQ-2); the provisional signal is
    # contracts/embed-messages.json, signals.authFailure.
    @req:WEB-16 @depends:OQ-2 @depends:OQ-contract
    Scenario: When CRM's form cannot sign the user in, the user is told creation is unavailable
      Given CRM's form cannot sign the user in
      When the user chooses to create a ticket from the customer page
      Then the user is told ticket creation is unavailable
      And no ticket is associated to the customer

  Rule: Each message from the form has its one effect

    Background:
      Given the ticket form is open for the customer

    @req:WEB-07
    Scenario: TICKET_CREATED closes the panel
      When the ticket form sends TICKET_CREATED for the ticket "Refund not received"
      Then the user is back on the customer page

    @req:WEB-08
    Scenario: EMBED_CLOSE closes the panel
      When the ticket form sends EMBED_CLOSE
      Then the user is back on the customer page
      And no ticket is associated to the customer

    @req:WEB-09
    Scenario: TICKET_CREATE_ERROR is shown to the user
      When the ticket form sends TICKET_CREATE_ERROR
      Then the user is told the ticket was not created
      And no ticket is associated to the customer

    @req:WEB-10 @depends:OQ-contract
    Scenario Outline: EMBED_RESIZE sets the panel's height
      When the ticket form sends EMBED_RESIZE with a height of <height> pixels
      Then the ticket form is <height> pixels high

      Examples:
        | height |
        | 480    |
        | 960    |

    @req:WEB-17 @depends:OQ-contract
    Scenario Outline: EMBED_RESIZE heights stay within the panel's bounds
      When the ticket form sends EMBED_RESIZE with a height of <height> pixels
      Then the ticket form is as high as the panel's <bound> height

      Examples:
        | height | bound    |
        | 5000   | largest  |
        | 40     | smallest |
        | 0      | smallest |
