import { builtConfig } from './drivers/built-config'
import { test } from './drivers/residents-app-test'

// A resident offers their gifts on their phone with the keyboard alone, checks their answers,
// sends the offer, writes down the code it shows, signs in (local mode: with the email and that
// code; the email alone is not enough, and an unknown email offers another try), downloads what
// is held about them, signs out (the next person on the device sees nothing), signs in again,
// withdraws a consent (shown at once) and erases it. Each page is checked with axe-core (WCAG 2.0–2.2 A and AA: nothing
// serious or critical), for sideways scrolling on the phone and at 200% zoom, and every Tab stop
// for a visible focus ring.
const NAME = 'Amina 🌻 أمينة'
const GIFT_IN_OWN_WORDS = '<script>alert("gift")</script> & listening'
const EMAIL = 'amina.e2e@example.test'

test.describe('offering your gifts', () => {
  test('a resident on a phone offers their gifts by keyboard, signs in with the code they were shown, downloads their data, signs out and erases it', async ({
    residents: { given, when, then },
  }) => {
    await given.phone()
    await given.offerFormOpened()
    await then.isOnPage('Offer your gifts')
    await then.stepIsAccessible('start page')
    await when.followsLink('Start now')

    await then.isOnPage('What name would you like us to use?')
    await when.continues()
    await then.errorSummarySays(['Enter the name you would like us to use'])
    await then.pageTitleIs(/^Error: What name/)
    await then.fieldSaysError('What name would you like us to use?', /Enter the name/)
    await then.stepIsAccessible('name page with an error')
    await when.types('What name would you like us to use?', NAME)
    await when.continues()

    await then.isOnPage('What gifts would you like to offer?')
    await then.stepIsAccessible('gifts page')
    await when.ticks('Cooking and baking')
    await when.describesOwnGift('Heart', GIFT_IN_OWN_WORDS)
    await when.continues()

    await then.isOnPage('What would you like to do?')
    await then.stepIsAccessible('activities page')
    await when.ticks('Help now and then (one-off)')
    await when.ticks('Join the time bank (give an hour, get an hour)')
    await when.continues()

    await then.isOnPage('When are you free?')
    await then.stepIsAccessible('availability page')
    await when.ticks('Weekends')
    await when.continues()

    await then.isOnPage('How far would you travel?')
    await then.stepIsAccessible('travel page')
    await when.chooses('How far would you travel?', 'Around my town (up to 3 km)')
    await when.continues()

    await then.isOnPage('How can we contact you?')
    await then.stepIsAccessible('contact page')
    await when.types('Email address', EMAIL)
    await when.chooses('How would you like us to contact you? (optional)', 'Email')
    await when.continues()

    await then.isOnPage('What is your postcode?')
    await then.stepIsAccessible('postcode page')
    await when.types('What is your postcode?', 'cm1 1ae')
    await when.continues()

    // "Join the time bank" was ticked: no bank covers Chelmsford's wards, so every bank is offered.
    await then.isOnPage('Which time bank would you like to join?')
    await then.says(/No time bank covers .+ yet: choose the one you would like to join/)
    await then.stepIsAccessible('time bank page')
    await when.chooses('Which time bank would you like to join?', 'Colchester Time Bank')
    await when.ticks(/I apply to join the time bank I chose/)
    await when.continues()

    await then.isOnPage('What do you agree to?')
    await then.nothingIsTicked()
    await then.stepIsAccessible('consent page')
    await when.ticks(/counted, with others/)
    await when.continues()

    await then.isOnPage('Check your answers before sending your offer')
    await then.answerShows('Name', NAME)
    await then.answerShows('Gifts', `Hands: Cooking and bakingHeart: ${GIFT_IN_OWN_WORDS}`)
    await then.answerShows('Postcode', 'CM1 1AE')
    await then.answerShows('Time bank', 'You apply to join Colchester Time Bank')
    await then.stepIsAccessible('check your answers')
    await when.sendsOffer()

    await then.isOnPage('Offer sent')
    await then.says(`Thank you, ${NAME}.`)
    const code = await then.isShownTheirCode('Your code: write it down now')
    await then.stepIsAccessible('confirmation')
    await when.followsLink('Your data: see, change, download or erase it')

    await then.isOnPage('Your data')
    await then.stepIsAccessible('sign in')
    await when.types('Email address', 'nobody.e2e@example.test')
    await when.signsInOnThisDevice()
    await then.errorSummarySays(['Enter the code you were given when you sent your offer'])
    await then.fieldSaysError('Your code', /Enter the code/)
    await then.stepIsAccessible('sign in without a code')
    await when.types('Your code', code)
    await when.signsInOnThisDevice()
    await then.alertSays(/We found no offer sent on this device with that email address and code/)
    await then.showsNothingOf(NAME)
    await then.stepIsAccessible('no offer found')
    await when.triesAnotherEmail()
    await when.signsInWith(EMAIL, code.toLowerCase())
    await then.answerShows('Name', NAME)
    await then.answerShows('Postcode (only you and administrators see it)', 'CM1 1AE')
    await then.answerShows('Colchester Time Bank', /^Waiting for a coordinator to welcome you/)
    await then.stepIsAccessible('your data')
    const downloaded = await when.downloadsTheirData()
    then.downloadHolds(downloaded, {
      name: NAME,
      email: EMAIL,
      postcode: 'CM1 1AE',
      gift: GIFT_IN_OWN_WORDS,
    })

    await when.signsOut()
    await then.says('You have signed out')
    await then.showsNothingOf(NAME)
    await then.stepIsAccessible('signed out')
    await given.pageOpened('/my-data')
    await then.showsNothingOf(NAME)
    await when.signsInWith(EMAIL, code)
    await then.answerShows('Name', NAME)
    await when.withdrawsConsent(/counted, with others/)
    await then.answerShows('What you agreed to', /^Counted on the public map.*: withdrawn on /)

    await when.erasesTheirData()
    await then.says('Your data has been erased')
    await then.showsNothingOf(NAME)
    await then.stepIsAccessible('after erasure')
    then.everyTabStopShowedFocus()
  })

  test('refuses bad answers with a message beside each field, and shows emoji, right-to-left text and a script tag as text', async ({
    residents: { given, when, then },
  }) => {
    await given.phone()
    await given.pageOpened('/offer/name')
    await when.pastes('What name would you like us to use?', 'x'.repeat(10_000))
    await when.continues()
    await then.errorSummarySays(['Your name must be 80 characters or fewer'])
    await then.fieldSaysError('What name would you like us to use?', /80 characters or fewer/)
    await when.pastes('What name would you like us to use?', 'שרה 🌿 Sarah')
    await when.continues()

    await then.isOnPage('What gifts would you like to offer?')
    await when.continues()
    await then.errorSummarySays(['Choose a gift from the lists, or describe one in your own words'])
    await then.giftListLoaded()
    await when.ticks('Gardening')
    await when.describesOwnGift('Head', '<img src=x onerror=alert(1)> <b>bold</b>')
    await when.continues()
    await when.continues()
    await then.errorSummarySays(['Choose at least one thing you would like to do'])
    await when.ticks('Start something new')
    await when.continues()
    await when.ticks('It varies')
    await when.continues()
    await when.continues()
    await then.errorSummarySays(['Choose how far you would travel'])
    await when.chooses('How far would you travel?', 'Anywhere in Essex')
    await when.continues()

    await then.isOnPage('How can we contact you?')
    await when.continues()
    await then.errorSummarySays(['Enter your email address'])
    await when.types('Email address', 'sarah at home')
    await when.types('Phone number (optional)', '12ab')
    await when.continues()
    await then.errorSummarySays([
      'Enter an email address in the right format, like name@example.com',
      'Enter a phone number, like 01245 123456 or 07700 900123',
    ])
    await then.fieldSaysError('Phone number (optional)', /Enter a phone number/)
    await then.stepIsAccessible('contact page with errors')
    await when.pastes('Email address', 'sarah.e2e@example.test')
    await when.pastes('Phone number (optional)', '')
    await when.continues()

    await then.isOnPage('What is your postcode?')
    await when.types('What is your postcode?', 'ZZ9 9ZZ')
    await when.continues()
    await then.errorSummarySays(['That is not a postcode. Enter a full postcode, like CM1 1AA'])
    await when.pastes('What is your postcode?', 'SW1A 1AA')
    await when.continues()
    await then.errorSummarySays(['The postcode SW1A 1AA is not in Essex'])
    await then.stepIsAccessible('postcode page with an error')
    await when.pastes('What is your postcode?', 'CM1 1AE')
    await when.continues()
    await when.continues()

    await then.isOnPage('Check your answers before sending your offer')
    await then.answerShows('Name', 'שרה 🌿 Sarah')
    await then.answerShows(
      'Gifts',
      'Hands: GardeningHead: <img src=x onerror=alert(1)> <b>bold</b>',
    )
    await then.answerShows('What you agree to', 'None')
  })

  test("a builder records a resident's paper form, with the consent given on paper, sees it in the review queue, and hands the resident the code that shows it to them", async ({
    residents: { given, when, then },
  }) => {
    await given.pageOpened('/offers/on-behalf')
    await then.isOnPage("Record an offer on someone's behalf")
    await then.giftListLoaded()
    await then.stepIsAccessible('on-behalf form')
    await when.types('Name', 'Mr Okafor')
    await when.ticks('Driving and giving lifts')
    await when.ticks('Volunteer regularly')
    await when.ticks('Weekday daytimes')
    await when.chooses('How far you would travel', 'Nearby towns (up to 10 km)')
    await when.types('Email address (optional)', 'okafor.e2e@example.test')
    await when.types('Phone number (optional)', '01245 600 700')
    await when.chooses('How would you like us to contact you? (optional)', 'Phone call')
    await when.types('Postcode', 'CM1 1AE')
    await when.ticks(/A community builder may contact me/)
    await when.chooses('How did they give their consent?', 'On a paper form')
    await when.recordsTheOffer()
    await then.says("Recorded Mr Okafor's offer.")
    const code = await then.isShownTheirCode("Mr Okafor's code: hand it to them")
    await then.stepIsAccessible('offer recorded, with its code')

    await given.pageOpened('/offers/review')
    await then.isOnPage("Residents' offers to review")
    await then.reviewQueueShows('Mr Okafor', 'approved (recorded by a builder)')
    await then.stepIsAccessible('review queue')

    // Mr Okafor, later, on the same laptop.
    await given.pageOpened('/my-data')
    await then.showsNothingOf('Mr Okafor')
    await when.signsInWith('okafor.e2e@example.test', code)
    await then.answerShows('Name', 'Mr Okafor')
    // He leaves the page without signing out, and the next person comes back to it.
    await when.followsLink('How we look after your data (privacy notice)')
    await then.isOnPage('Privacy notice: offering your gifts')
    await then.answerShows('Data controller', builtConfig.privacy.controller)
    await then.stepIsAccessible('privacy notice')
    await when.goesBack()
    await then.isOnPage('Your data')
    await then.showsNothingOf('Mr Okafor')
    then.everyTabStopShowedFocus()
  })
})
